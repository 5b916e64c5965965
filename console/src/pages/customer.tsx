/** The customer's page: open a case, read the AI's answer, confirm it or ask for a person, talk, rate. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, errorText, get, newKey, post } from '../api';
import { useNow } from '../clock';
import { Conversation, type Message } from '../components/conversation';
import { Header, LiveIndicator, Note } from '../components/ui';
import { clock, relative } from '../format';
import { follow, type LiveStatus } from '../live';

const CASE_KEY = 'casework.case';
const CUSTOMER_KEY = 'casework.customerId';

interface StoredCase {
  caseId: string;
  token: string;
}

export interface CustomerCase {
  caseId: string;
  status: string;
  subject: string;
  aiAnswer: { text: string; sources: string[] } | null;
  escalation: { reason: string | null; at: string } | null;
  task: { status: string } | null;
  sla: { firstResponseDueAt: string; resolutionDueAt: string; paused: boolean } | null;
  resolution: { by: string; summary: string; at: string } | null;
  feedback: { rating: number; comment: string | null } | null;
  waitingOn: string | null;
  deadline: { at: string; action: string } | null;
  messages: Message[];
  createdAt: string;
}

const loadStored = (): StoredCase | null => {
  try {
    return JSON.parse(localStorage.getItem(CASE_KEY) ?? 'null') as StoredCase | null;
  } catch {
    return null;
  }
};

function customerId(): string {
  let id = localStorage.getItem(CUSTOMER_KEY);
  if (!id) {
    id = `web_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
    localStorage.setItem(CUSTOMER_KEY, id);
  }
  return id;
}

export function CustomerPage() {
  const [stored, setStored] = useState<StoredCase | null>(loadStored);
  const start = (s: StoredCase) => {
    localStorage.setItem(CASE_KEY, JSON.stringify(s));
    setStored(s);
  };
  const startOver = () => {
    localStorage.removeItem(CASE_KEY);
    setStored(null);
  };
  return (
    <>
      <Header current="customer" />
      <main class="customer">
        {stored ? <CaseView stored={stored} onStartOver={startOver} /> : <NewCase onOpened={start} />}
      </main>
    </>
  );
}

function NewCase({ onOpened }: { onOpened(s: StoredCase): void }) {
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const customer = {
        id: customerId(),
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
      };
      const res = await post<{ caseId: string; customerToken: string }>(
        '/api/cases',
        { customer, channel: 'web', subject, message, locale: navigator.language },
        null,
        key,
      );
      onOpened({ caseId: res.caseId, token: res.customerToken });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card narrow">
      <h1>How can we help?</h1>
      <p class="lede">
        Tell us what happened. Our assistant answers most questions within seconds, and a person from our team takes
        over whenever you ask or the answer does not help.
      </p>
      <form class="stack" onSubmit={submit}>
        <label for="subject">Subject</label>
        <input
          id="subject"
          value={subject}
          maxLength={300}
          required
          onInput={(e) => setSubject((e.target as HTMLInputElement).value)}
          placeholder="e.g. Refund for order 1042"
        />
        <label for="message">Your message</label>
        <textarea
          id="message"
          rows={6}
          value={message}
          maxLength={20000}
          required
          onInput={(e) => setMessage((e.target as HTMLTextAreaElement).value)}
          placeholder="What happened, and what would you like us to do?"
        />
        <div class="row two">
          <div class="stack">
            <label for="name">Your name (optional)</label>
            <input id="name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          </div>
          <div class="stack">
            <label for="email">Email (optional)</label>
            <input
              id="email"
              type="email"
              value={email}
              onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
            />
          </div>
        </div>
        {error && <Note kind="error">{error}</Note>}
        <button class="btn primary" type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Send'}
        </button>
      </form>
    </section>
  );
}

/** What happens next, and when, in plain words. */
export function nextStep(c: CustomerCase, now: number): { title: string; text: string } {
  const at = (iso: string | undefined | null) => (iso ? `${clock(iso, now)} (${relative(iso, now)})` : 'soon');
  const firstReply = c.sla?.firstResponseDueAt;
  switch (c.status) {
    case 'triaging':
    case 'ai_resolving':
      return {
        title: 'We are reading your message',
        text: 'Our assistant is preparing an answer. This usually takes a few seconds; keep this page open.',
      };
    case 'awaiting_confirmation':
      return {
        title: 'Did this answer solve it?',
        text: `The answer is below. If we do not hear from you by ${at(c.deadline?.at)}, a person from our team takes over.`,
      };
    case 'escalated':
      return {
        title: 'A person from our team will answer',
        text: `You can expect a first reply by ${at(firstReply)}. They see this whole conversation, so you do not need to repeat anything.`,
      };
    case 'assigned':
      return {
        title: 'Someone is working on your case',
        text: firstReply
          ? `We aim to reply by ${at(firstReply)}. You can add anything here in the meantime.`
          : 'We will reply here.',
      };
    case 'waiting_on_customer':
      return {
        title: 'We need your answer',
        text: `Please reply below by ${at(c.deadline?.at)}. If we do not hear from you by then, we will consider the case resolved.`,
      };
    case 'resolved':
      return {
        title: 'Your case is resolved',
        text: `If something is still wrong, just write below before ${at(c.deadline?.at)} and we will reopen it. After that the case closes.`,
      };
    default:
      return { title: 'This case is closed', text: 'If you need more help, open a new case.' };
  }
}

function CaseView({ stored, onStartOver }: { stored: StoredCase; onStartOver(): void }) {
  const [c, setCase] = useState<CustomerCase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const now = useNow();

  const load = useCallback(async () => {
    try {
      setCase(await get<CustomerCase>(`/api/cases/${stored.caseId}`, stored.token));
      setError(null);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 404 || err.status === 401)) setGone(true);
      else setError(errorText(err));
    }
  }, [stored]);

  useEffect(() => {
    void load();
    return follow({ token: stored.token, cases: [stored.caseId], onEvent: () => void load(), onStatus: setLive });
  }, [stored, load]);

  const act = async (path: string, body: unknown) => {
    setError(null);
    try {
      setCase(await post<CustomerCase>(`/api/cases/${stored.caseId}/${path}`, body, stored.token, newKey()));
    } catch (err) {
      setError(errorText(err));
      await load();
    }
  };

  if (gone) {
    return (
      <section class="card narrow">
        <h1>We could not open your case</h1>
        <p>The link to it has expired or was replaced. Open a new case and we will help you from there.</p>
        <button class="btn primary" onClick={onStartOver}>
          Open a new case
        </button>
      </section>
    );
  }
  if (!c) return <p class="loading">Loading your case…</p>;

  const step = nextStep(c, now);
  const closed = c.status === 'closed';
  return (
    <div class="customer-case">
      <div class="case-title">
        <div>
          <p class="eyebrow">
            Case {c.caseId.slice(0, 10)} · opened {clock(c.createdAt, now)}
          </p>
          <h1>{c.subject}</h1>
        </div>
        <LiveIndicator status={live} />
      </div>

      <section class={`next-step next-${c.status}`} aria-labelledby="next-title" data-testid="next-step">
        <h2 id="next-title">{step.title}</h2>
        <p>{step.text}</p>
        {c.status === 'awaiting_confirmation' && (
          <div class="confirm-bar" role="group" aria-label="Did the answer help?">
            <button class="btn success" onClick={() => act('confirm', { resolved: true })}>
              Yes, that solved it
            </button>
            <button class="btn" onClick={() => act('confirm', { resolved: false })}>
              No, it did not help
            </button>
            <button class="btn" onClick={() => act('escalate', { reason: 'asked from the web console' })}>
              Talk to a person
            </button>
          </div>
        )}
        {(c.status === 'triaging' || c.status === 'ai_resolving') && (
          <div class="confirm-bar">
            <button class="btn" onClick={() => act('escalate', { reason: 'asked from the web console' })}>
              Skip the assistant, talk to a person
            </button>
          </div>
        )}
      </section>

      {(c.status === 'resolved' || closed) && <Rating c={c} onRate={(body) => act('feedback', body)} />}

      <section class="card">
        <Conversation messages={c.messages} sources={c.aiAnswer?.sources} viewer="customer" />
        {!closed && <Composer status={c.status} onSend={(text) => act('messages', { text })} />}
      </section>

      {error && <Note kind="error">{error}</Note>}
      <p class="start-over">
        <button class="link" onClick={onStartOver}>
          Open a new case
        </button>
      </p>
    </div>
  );
}

function Composer({ status, onSend }: { status: string; onSend(text: string): Promise<void> }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const label =
    status === 'resolved'
      ? 'Still need help? Write here to reopen your case'
      : status === 'waiting_on_customer'
        ? 'Your answer'
        : 'Add a message';
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    await onSend(text.trim());
    setText('');
    setBusy(false);
  };
  return (
    <form class="composer" onSubmit={submit}>
      <label for="reply">{label}</label>
      <textarea
        id="reply"
        rows={3}
        value={text}
        maxLength={20000}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <div class="composer-actions">
        <button class="btn primary" type="submit" disabled={busy || !text.trim()}>
          {status === 'resolved' ? 'Send and reopen' : 'Send'}
        </button>
      </div>
    </form>
  );
}

function Rating({ c, onRate }: { c: CustomerCase; onRate(body: { rating: number; comment?: string }): void }) {
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  if (c.feedback) {
    return (
      <section class="card rating done" data-testid="rating">
        <h2>Thank you for your feedback</h2>
        <p>
          You rated our help {c.feedback.rating} out of 5{c.feedback.comment ? `: “${c.feedback.comment}”` : '.'}
        </p>
      </section>
    );
  }
  return (
    <section class="card rating" data-testid="rating">
      <h2 id="rate-title">How did we do?</h2>
      <div class="stars" role="radiogroup" aria-labelledby="rate-title">
        {[1, 2, 3, 4, 5].map((n) => (
          <button
            key={n}
            role="radio"
            aria-checked={rating === n}
            aria-label={`${n} out of 5`}
            class={`star${n <= rating ? ' on' : ''}`}
            onClick={() => setRating(n)}
          >
            ★
          </button>
        ))}
      </div>
      <label for="rate-comment">Anything you would like to tell us? (optional)</label>
      <input id="rate-comment" value={comment} onInput={(e) => setComment((e.target as HTMLInputElement).value)} />
      <button
        class="btn primary"
        disabled={!rating}
        onClick={() => onRate({ rating, ...(comment.trim() ? { comment: comment.trim() } : {}) })}
      >
        Send rating
      </button>
    </section>
  );
}
