/** The supervisor dashboard: live counts, SLA at risk, the agent pool, case search, a case's live state and history. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText, get, post } from '../api';
import { useNow } from '../clock';
import { CaseDetail, type StaffCase } from '../components/case-detail';
import { HBars, Lines, StackedBars } from '../components/charts';
import { SignIn } from '../components/sign-in';
import { Timeline } from '../components/timeline';
import { Empty, Header, LiveIndicator, Note, PriorityBadge, StatusBadge } from '../components/ui';
import { REASON_LABEL, WAITING_LABEL, clock, duration, label, pct, relative } from '../format';
import { follow, type LiveStatus } from '../live';
import { useStaffSession, type StaffClaims } from '../session';

interface Stats {
  cases: { total: number; byStatus: Record<string, number> };
  aiResolutionRate: number | null;
  escalationRate: number | null;
  escalationsByReason: Record<string, number>;
  sla: { breaches: number; warnings: number; atRisk: number };
  medianFirstResponseMs: number | null;
  repeatContactRate: number | null;
  csat: { average: number | null; responses: number };
}

interface Day {
  day: string;
  started: number;
  resolved: Record<string, number>;
  escalationsByReason: Record<string, number>;
  sla: { warnings: number; breaches: number };
  reopened: number;
  medianFirstResponseMs: number | null;
  csat: { average: number | null } | null;
}

interface Agent {
  agentId: string;
  name: string | null;
  status: string;
  skills: string[];
  capacity: number;
  load: number;
}

interface ListItem {
  caseId: string;
  status: string | null;
  priority: string | null;
  subject: string | null;
  customer: { id: string | null };
  topic: string | null;
  language: string | null;
  escalation: { reason: string | null } | null;
  assignee: string | null;
  sla: { breached: boolean; atRisk: boolean } | null;
  deadline: { at: string } | null;
  createdAt: string;
}

interface Filters {
  status: string;
  priority: string;
  reason: string;
  assignee: string;
  customerId: string;
  breached: string;
  atRisk: string;
}

const NO_FILTERS: Filters = {
  status: '',
  priority: '',
  reason: '',
  assignee: '',
  customerId: '',
  breached: '',
  atRisk: '',
};
const DAYS = 14;
const PAGE = 25;

export function SupervisorPage() {
  const session = useStaffSession();
  if (!session.token || session.claims?.role !== 'supervisor') {
    return (
      <>
        <Header current="supervisor" />
        <SignIn role="supervisor" onSignIn={session.signIn} />
      </>
    );
  }
  return <Dashboard token={session.token} me={session.claims} onSignOut={session.signOut} />;
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

function Dashboard({ token, me, onSignOut }: { token: string; me: StaffClaims; onSignOut(): void }) {
  const [stats, setStats] = useState<Stats | null>(null);
  const [days, setDays] = useState<Day[]>([]);
  const [agents, setAgents] = useState<Agent[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const [listVersion, setListVersion] = useState(0);
  const [caseVersion, setCaseVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const loadStats = useCallback(async () => {
    try {
      const to = Date.now();
      const [s, d] = await Promise.all([
        get<Stats>('/api/stats', token),
        get<{ items: Day[] }>(`/api/stats/daily?from=${isoDay(to - (DAYS - 1) * 86_400_000)}&to=${isoDay(to)}`, token),
      ]);
      setStats(s);
      setDays(d.items);
    } catch (err) {
      setError(errorText(err));
    }
  }, [token]);
  const loadAgents = useCallback(async () => {
    try {
      setAgents((await get<{ items: Agent[] }>('/api/agents', token)).items);
    } catch (err) {
      setError(errorText(err));
    }
  }, [token]);

  useEffect(() => {
    return follow({
      token,
      topics: ['tasks', 'agents', 'stats'],
      cases: selected ? [selected] : [],
      onStatus: setLive,
      onEvent: (e) => {
        if (e.type === 'ready' || e.type === 'stats') void loadStats();
        if (e.type === 'ready' || e.type === 'agents') void loadAgents();
        if (e.type === 'ready' || e.type === 'tasks' || e.type === 'stats') setListVersion((v) => v + 1);
        if (e.type === 'ready' || e.type === 'case') setCaseVersion((v) => v + 1);
      },
    });
  }, [token, selected, loadStats, loadAgents]);

  useEffect(() => {
    void loadStats();
    void loadAgents();
  }, [loadStats, loadAgents]);

  return (
    <>
      <Header current="supervisor">
        <LiveIndicator status={live} />
        <span class="whoami">
          {me.name ?? me.sub} <span class="muted">· supervisor</span>
        </span>
        <button class="btn ghost small" onClick={onSignOut}>
          Sign out
        </button>
      </Header>
      <main class="dashboard">
        {error && <Note kind="error">{error}</Note>}
        <Kpis stats={stats} />
        <div class="dash-grid">
          <CaseSearch token={token} refresh={listVersion} selected={selected} onSelect={setSelected} />
          <div class="dash-side">
            <AgentsPanel agents={agents} />
            <HBars
              title="Escalations by reason (all time)"
              items={Object.entries(stats?.escalationsByReason ?? {})
                .sort((a, b) => b[1] - a[1])
                .map(([k, v]) => [label(REASON_LABEL, k), v])}
            />
          </div>
        </div>
        <Charts days={days} />
      </main>
      {selected && (
        <CaseDrawer
          caseId={selected}
          token={token}
          agents={agents}
          refresh={caseVersion}
          onClose={() => setSelected(null)}
        />
      )}
    </>
  );
}

function Kpis({ stats }: { stats: Stats | null }) {
  const by = stats?.cases.byStatus ?? {};
  const n = (k: string) => by[k] ?? 0;
  const cards: [string, string, string, string?][] = [
    ['Waiting for an agent', String(n('escalated')), 'in the queue', n('escalated') ? 'warn' : ''],
    ['With agents', String(n('assigned')), 'being worked on'],
    ['Waiting on customers', String(n('waiting_on_customer')), 'SLA clocks paused'],
    ['Awaiting confirmation', String(n('awaiting_confirmation')), 'AI answered'],
    ['SLA at risk', String(stats?.sla.atRisk ?? 0), 'open clocks past a warning', stats?.sla.atRisk ? 'warn' : ''],
    ['SLA breaches', String(stats?.sla.breaches ?? 0), 'all time', stats?.sla.breaches ? 'bad' : ''],
    ['AI resolution', pct(stats?.aiResolutionRate), 'of resolved cases'],
    [
      'Median first reply',
      stats?.medianFirstResponseMs == null ? '—' : duration(stats.medianFirstResponseMs),
      'after escalation',
    ],
    [
      'CSAT',
      stats?.csat.average == null ? '—' : `${stats.csat.average.toFixed(1)} / 5`,
      `${stats?.csat.responses ?? 0} ratings`,
    ],
  ];
  return (
    <section class="kpis" aria-label="Key figures">
      {cards.map(([title, value, sub, tone]) => (
        <div class={`kpi ${tone ?? ''}`} key={title}>
          <span class="kpi-title">{title}</span>
          <span class="kpi-value" data-testid={`kpi-${title}`}>
            {value}
          </span>
          <span class="kpi-sub">{sub}</span>
        </div>
      ))}
    </section>
  );
}

function Charts({ days }: { days: Day[] }) {
  const names = days.map((d) => d.day);
  return (
    <section class="charts" aria-label={`The last ${DAYS} days`}>
      <StackedBars
        title="Cases resolved per day, by whom"
        days={names}
        series={[
          { name: 'resolved by AI', className: 's-ai', values: days.map((d) => d.resolved.ai ?? 0) },
          { name: 'resolved by agents', className: 's-agent', values: days.map((d) => d.resolved.agent ?? 0) },
          { name: 'resolved by the system', className: 's-system', values: days.map((d) => d.resolved.system ?? 0) },
        ]}
      />
      <Lines
        title="Started, escalations and SLA per day"
        days={names}
        series={[
          { name: 'started', className: 'l-started', values: days.map((d) => d.started) },
          {
            name: 'escalations',
            className: 'l-escalations',
            values: days.map((d) => Object.values(d.escalationsByReason).reduce((a, b) => a + b, 0)),
          },
          { name: 'SLA warnings', className: 'l-warn', values: days.map((d) => d.sla.warnings) },
          { name: 'SLA breaches', className: 'l-breach', values: days.map((d) => d.sla.breaches) },
        ]}
      />
      <Lines
        title="Median first reply per day"
        days={names}
        format={(v) => duration(v)}
        series={[
          { name: 'median first reply', className: 'l-started', values: days.map((d) => d.medianFirstResponseMs) },
        ]}
      />
      <Lines
        title="Customer satisfaction (1–5) per day"
        days={names}
        format={(v) => v.toFixed(1)}
        series={[{ name: 'CSAT', className: 'l-csat', values: days.map((d) => d.csat?.average ?? null) }]}
      />
    </section>
  );
}

function AgentsPanel({ agents }: { agents: Agent[] }) {
  return (
    <section class="panel agents" aria-labelledby="agents-title">
      <h2 id="agents-title">Agents</h2>
      {agents.length === 0 ? (
        <Empty>No agent has signed in yet.</Empty>
      ) : (
        <ul class="agent-list">
          {agents.map((a) => (
            <li key={a.agentId}>
              <span class={`dot presence-${a.status}`} aria-hidden="true" />
              <span class="agent-name">
                {a.name ?? a.agentId}
                <span class="muted small">
                  {' '}
                  {a.status} · {a.skills.join(', ') || 'no skills'}
                </span>
              </span>
              <span class="load" title={`${a.load} of ${a.capacity} tasks`}>
                <span class="load-track" aria-hidden="true">
                  <span
                    class={`load-fill${a.load >= a.capacity ? ' full' : ''}`}
                    style={{ width: `${a.capacity ? Math.min(100, (a.load / a.capacity) * 100) : 0}%` }}
                  />
                </span>
                {a.load}/{a.capacity}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CaseSearch(props: { token: string; refresh: number; selected: string | null; onSelect(id: string): void }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [items, setItems] = useState<ListItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = useNow();

  const query = useCallback(
    (c?: string) => {
      const q = new URLSearchParams({ limit: String(PAGE) });
      for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
      if (c) q.set('cursor', c);
      return `/api/cases?${q}`;
    },
    [filters],
  );

  useEffect(() => {
    let stale = false;
    get<{ items: ListItem[]; nextCursor: string | null }>(query(), props.token)
      .then((page) => {
        if (stale) return;
        setItems(page.items);
        setCursor(page.nextCursor);
        setError(null);
      })
      .catch((err) => !stale && setError(errorText(err)));
    return () => {
      stale = true;
    };
  }, [query, props.token, props.refresh]);

  const more = async () => {
    if (!cursor) return;
    const page = await get<{ items: ListItem[]; nextCursor: string | null }>(query(cursor), props.token);
    setItems((i) => [...i, ...page.items]);
    setCursor(page.nextCursor);
  };
  const set = (k: keyof Filters) => (e: Event) =>
    setFilters((f) => ({ ...f, [k]: (e.target as HTMLInputElement | HTMLSelectElement).value.trim() }));
  const select = (k: keyof Filters, text: string, options: [string, string][]) => (
    <label class="filter">
      <span>{text}</span>
      <select value={filters[k]} onChange={set(k)}>
        <option value="">any</option>
        {options.map(([v, t]) => (
          <option value={v} key={v}>
            {t}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section class="panel cases" aria-labelledby="cases-title">
      <h2 id="cases-title">Cases</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter cases">
        {select('status', 'Status', [
          ['escalated', 'waiting for an agent'],
          ['assigned', 'with an agent'],
          ['waiting_on_customer', 'waiting on customer'],
          ['awaiting_confirmation', 'awaiting confirmation'],
          ['ai_resolving', 'AI drafting'],
          ['triaging', 'triaging'],
          ['resolved', 'resolved'],
          ['closed', 'closed'],
        ])}
        {select('priority', 'Priority', [
          ['urgent', 'urgent'],
          ['high', 'high'],
          ['normal', 'normal'],
          ['low', 'low'],
        ])}
        {select(
          'reason',
          'Reason',
          Object.entries(REASON_LABEL).map(([k, v]) => [k, v]),
        )}
        {select('breached', 'Breached', [
          ['true', 'yes'],
          ['false', 'no'],
        ])}
        {select('atRisk', 'At risk', [
          ['true', 'yes'],
          ['false', 'no'],
        ])}
        <label class="filter">
          <span>Assignee</span>
          <input value={filters.assignee} onChange={set('assignee')} placeholder="agent id" size={10} />
        </label>
        <label class="filter">
          <span>Customer</span>
          <input value={filters.customerId} onChange={set('customerId')} placeholder="customer id" size={10} />
        </label>
      </form>
      {error && <Note kind="error">{error}</Note>}
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Status</th>
              <th scope="col">Priority</th>
              <th scope="col">Reason</th>
              <th scope="col">Assignee</th>
              <th scope="col">Next deadline</th>
              <th scope="col">Opened</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.caseId} class={props.selected === c.caseId ? 'selected' : ''}>
                <td>
                  <button class="link row-open" onClick={() => props.onSelect(c.caseId)}>
                    {c.subject ?? c.caseId}
                  </button>
                  <span class="muted small block">
                    {c.customer.id} {c.language ? `· ${c.language}` : ''} {c.topic ? `· ${c.topic}` : ''}
                  </span>
                </td>
                <td>
                  <StatusBadge status={c.status} />
                  {c.sla?.breached && <span class="badge bad">breached</span>}
                  {c.sla?.atRisk && !c.sla.breached && <span class="badge warn">at risk</span>}
                </td>
                <td>
                  <PriorityBadge priority={c.priority} />
                </td>
                <td class="small">{c.escalation?.reason ? label(REASON_LABEL, c.escalation.reason) : '—'}</td>
                <td class="small">{c.assignee ?? '—'}</td>
                <td class="small">{c.deadline ? relative(c.deadline.at, now) : '—'}</td>
                <td class="small">{clock(c.createdAt, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <Empty>No case matches.</Empty>}
      </div>
      {cursor && (
        <button class="btn small" onClick={more}>
          Load more
        </button>
      )}
    </section>
  );
}

interface LiveState {
  waitingOn: string;
  deadline: { at: string; action: string } | null;
  source: string;
}

function CaseDrawer(props: { caseId: string; token: string; agents: Agent[]; refresh: number; onClose(): void }) {
  const [state, setState] = useState<LiveState | null>(null);
  const now = useNow();
  useEffect(() => {
    get<LiveState>(`/api/cases/${props.caseId}/state`, props.token)
      .then(setState)
      .catch(() => setState(null));
  }, [props.caseId, props.token, props.refresh]);

  return (
    <div class="drawer" role="dialog" aria-modal="false" aria-label="Case">
      <div class="drawer-bar">
        <button class="btn ghost small" onClick={props.onClose}>
          Close
        </button>
      </div>
      <CaseDetail
        key={props.caseId}
        caseId={props.caseId}
        token={props.token}
        refresh={props.refresh}
        aside={(c) => (
          <>
            <section class="panel" data-testid="live-state">
              <h2>Live state</h2>
              {state ? (
                <p>
                  Waiting on <strong>{label(WAITING_LABEL, state.waitingOn)}</strong>
                  {state.deadline && (
                    <>
                      {' '}
                      until <strong data-testid="deadline">{clock(state.deadline.at, now)}</strong> (
                      {relative(state.deadline.at, now)}), then <em>{state.deadline.action}</em>
                    </>
                  )}
                </p>
              ) : (
                <p class="muted">…</p>
              )}
            </section>
            <SupervisorActions c={c} token={props.token} agents={props.agents} />
          </>
        )}
      />
      <div class="drawer-timeline">
        <Timeline caseId={props.caseId} token={props.token} refresh={props.refresh} />
      </div>
    </div>
  );
}

function SupervisorActions({ c, token, agents }: { c: StaffCase; token: string; agents: Agent[] }) {
  const [agentId, setAgentId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async (what: () => Promise<unknown>, message: string) => {
    setError(null);
    setDone(null);
    try {
      await what();
      setDone(message);
    } catch (err) {
      setError(errorText(err));
    }
  };
  const open = c.status !== 'closed';
  const candidates = agents.filter((a) => a.status === 'online' && a.agentId !== c.task?.assignee);
  return (
    <section class="panel">
      <h2>Actions</h2>
      <div class="stack">
        <label for="reassign">Reassign to</label>
        <div class="inline">
          <select id="reassign" value={agentId} onChange={(e) => setAgentId((e.target as HTMLSelectElement).value)}>
            <option value="">choose an online agent</option>
            {candidates.map((a) => (
              <option key={a.agentId} value={a.agentId}>
                {a.name ?? a.agentId} ({a.load}/{a.capacity})
              </option>
            ))}
          </select>
          <button
            class="btn small primary"
            disabled={!agentId || !c.task}
            onClick={() =>
              run(() => post(`/api/cases/${c.caseId}/reassign`, { agentId }, token), `Reassigned to ${agentId}.`)
            }
          >
            Reassign
          </button>
        </div>
        <label for="priority">Priority</label>
        <select
          id="priority"
          value={c.priority}
          disabled={!open}
          onChange={(e) => {
            const priority = (e.target as HTMLSelectElement).value;
            void run(
              () => post(`/api/cases/${c.caseId}/priority`, { priority }, token),
              `Priority set to ${priority}.`,
            );
          }}
        >
          {['urgent', 'high', 'normal', 'low'].map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      {done && <Note kind="success">{done}</Note>}
      {error && <Note kind="error">{error}</Note>}
    </section>
  );
}
