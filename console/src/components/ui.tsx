/** Small pieces every page uses: badges, SLA countdowns, the live indicator, notes and the page header. */
import type { ComponentChildren } from 'preact';
import { useNow } from '../clock';
import { STATUS_LABEL, clock, duration, label, urgency, type Urgency } from '../format';
import type { LiveStatus } from '../live';

export function StatusBadge({ status }: { status: string | null | undefined }) {
  return <span class={`badge status-${status ?? 'unknown'}`}>{label(STATUS_LABEL, status)}</span>;
}

export function PriorityBadge({ priority }: { priority: string | null | undefined }) {
  if (!priority) return null;
  return <span class={`badge priority-${priority}`}>{priority}</span>;
}

const URGENCY_WORD: Record<Urgency, string> = { ok: 'on track', risk: 'at risk', breach: 'breached', met: 'met' };

/** A live SLA countdown that turns amber when at risk and red when breached. */
export function Countdown(props: {
  label: string;
  due: string | null | undefined;
  start?: string | null;
  met?: string | null;
  paused?: boolean;
  compact?: boolean;
}) {
  const now = useNow();
  if (!props.due) return null;
  const u: Urgency = props.met ? 'met' : urgency(props.due, props.start, now);
  const left = Date.parse(props.due) - now;
  const text = props.met
    ? `met ${clock(props.met, now)}`
    : props.paused
      ? 'paused'
      : left >= 0
        ? `${duration(left)} left`
        : `${duration(left)} over`;
  return (
    <span
      class={`countdown sla-${props.paused && !props.met ? 'paused' : u}${props.compact ? ' compact' : ''}`}
      title={`${props.label} due ${new Date(props.due).toLocaleString()} (${URGENCY_WORD[u]})`}
    >
      <span class="countdown-label">{props.label}</span>
      <span class="countdown-value" data-testid="countdown">
        {text}
      </span>
    </span>
  );
}

const LIVE_WORD: Record<LiveStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  denied: 'Not following',
};

export function LiveIndicator({ status }: { status: LiveStatus }) {
  return (
    <span class={`live live-${status}`} role="status" aria-live="polite">
      <span class="live-dot" aria-hidden="true" />
      {LIVE_WORD[status]}
    </span>
  );
}

export function Note({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'error' | 'success';
  children: ComponentChildren;
}) {
  return (
    <div class={`note note-${kind}`} role={kind === 'error' ? 'alert' : undefined}>
      {children}
    </div>
  );
}

export function Header(props: { current: 'customer' | 'agent' | 'supervisor' | 'docs'; children?: ComponentChildren }) {
  const links = [
    ['customer', '/', 'Help'],
    ['agent', '/agent', 'Agent inbox'],
    ['supervisor', '/supervisor', 'Supervisor'],
    ['docs', '/api/docs', 'API'],
  ] as const;
  return (
    <header class="topbar">
      <a class="brand" href="/">
        <img src="/favicon.svg" alt="" width="24" height="24" />
        <span>Casework</span>
      </a>
      <nav aria-label="Console">
        {links.map(([key, href, text]) => (
          <a href={href} aria-current={props.current === key ? 'page' : undefined}>
            {text}
          </a>
        ))}
      </nav>
      <div class="topbar-end">{props.children}</div>
    </header>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}
