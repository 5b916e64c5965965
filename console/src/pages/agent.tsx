/** The agent inbox: presence, my tasks and the queue with live SLA countdowns, and the case with its handoff. */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { errorText, get, newKey, post, put } from '../api';
import { CaseDetail, type StaffCase } from '../components/case-detail';
import { SignIn } from '../components/sign-in';
import { Countdown, Empty, Header, LiveIndicator, Note, PriorityBadge } from '../components/ui';
import { REASON_LABEL, label } from '../format';
import { follow, type LiveStatus } from '../live';
import { useStaffSession, type StaffClaims } from '../session';

export interface Task {
  taskId: string;
  caseId: string;
  status: 'open' | 'assigned';
  priority: string;
  skills: string[];
  reason: string;
  level?: number | null;
  assignee: string | null;
  supervisorOnly?: boolean;
  createdAt: string | null;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
}

interface Presence {
  status: 'online' | 'away' | 'offline' | 'not set';
  skills: string[];
  capacity: number;
  load?: number;
}

const PRESENCE_KEY = 'casework.presence';

export function AgentPage() {
  const session = useStaffSession();
  if (!session.token || !session.claims) {
    return (
      <>
        <Header current="agent" />
        <SignIn role="agent" onSignIn={session.signIn} />
      </>
    );
  }
  return <Inbox token={session.token} me={session.claims} onSignOut={session.signOut} />;
}

function Inbox({ token, me, onSignOut }: { token: string; me: StaffClaims; onSignOut(): void }) {
  const [tasks, setTasks] = useState<Task[]>([]);
  const [subjects, setSubjects] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const [error, setError] = useState<string | null>(null);
  const [caseVersion, setCaseVersion] = useState(0);

  const loadTasks = useCallback(async () => {
    try {
      setTasks((await get<{ items: Task[] }>('/api/tasks?limit=200', token)).items);
    } catch (err) {
      setError(errorText(err));
    }
  }, [token]);

  // subjects are not on tasks: read each case once (they never change)
  useEffect(() => {
    const missing = tasks.map((t) => t.caseId).filter((id) => !(id in subjects));
    if (!missing.length) return;
    void Promise.all(
      missing.map((id) =>
        get<{ subject: string }>(`/api/cases/${id}`, token)
          .then((c) => [id, c.subject] as const)
          .catch(() => [id, id] as const),
      ),
    ).then((pairs) => setSubjects((s) => ({ ...s, ...Object.fromEntries(pairs) })));
  }, [tasks, subjects, token]);

  useEffect(() => {
    void loadTasks();
    return follow({
      token,
      topics: ['tasks'],
      cases: selected ? [selected] : [],
      onStatus: setLive,
      onEvent: (e) => {
        if (e.type === 'tasks' || e.type === 'ready') void loadTasks();
        if (e.type === 'case' || e.type === 'ready') setCaseVersion((v) => v + 1);
      },
    });
  }, [token, selected, loadTasks]);

  const mine = tasks.filter((t) => t.assignee === me.sub);
  const queue = tasks.filter((t) => t.status === 'open' && (!t.supervisorOnly || me.role === 'supervisor'));

  const claim = async (t: Task) => {
    setError(null);
    try {
      await post(`/api/tasks/${t.taskId}/claim`, {}, token);
      setSelected(t.caseId);
      await loadTasks();
    } catch (err) {
      setError(errorText(err));
      await loadTasks();
    }
  };

  const myTask = tasks.find((t) => t.caseId === selected && t.assignee === me.sub) ?? null;

  return (
    <>
      <Header current="agent">
        <LiveIndicator status={live} />
        <span class="whoami">
          {me.name ?? me.sub} <span class="muted">· {me.role}</span>
        </span>
        <button class="btn ghost small" onClick={onSignOut}>
          Sign out
        </button>
      </Header>
      <div class="workspace">
        <aside class="sidebar" aria-label="Tasks">
          <PresenceCard token={token} />
          <TaskList
            title="My tasks"
            tasks={mine}
            subjects={subjects}
            selected={selected}
            onSelect={setSelected}
            empty="Nothing assigned to you. Claim a task from the queue, or go online to be assigned."
          />
          <TaskList
            title="Queue"
            tasks={queue}
            subjects={subjects}
            selected={selected}
            onSelect={setSelected}
            onClaim={claim}
            empty="The queue is empty."
          />
        </aside>
        <main class="case-pane">
          {error && <Note kind="error">{error}</Note>}
          {selected ? (
            <CaseDetail
              key={selected}
              caseId={selected}
              token={token}
              refresh={caseVersion}
              actions={(c) => <AgentActions c={c} task={myTask} token={token} onDone={loadTasks} />}
            />
          ) : (
            <div class="placeholder">
              <h2>Select a task</h2>
              <p>
                Pick a case on the left to read its whole story: what the customer wrote, what triage found, what the AI
                drafted and why it came to you.
              </p>
            </div>
          )}
        </main>
      </div>
    </>
  );
}

function TaskList(props: {
  title: string;
  tasks: Task[];
  subjects: Record<string, string>;
  selected: string | null;
  onSelect(caseId: string): void;
  onClaim?(t: Task): void;
  empty: string;
}) {
  const id = `list-${props.title.replace(/\s/g, '-').toLowerCase()}`;
  return (
    <section class="task-list" aria-labelledby={id}>
      <h2 id={id}>
        {props.title} <span class="count">{props.tasks.length}</span>
      </h2>
      {props.tasks.length === 0 ? (
        <Empty>{props.empty}</Empty>
      ) : (
        <ul>
          {props.tasks.map((t) => (
            <li key={t.taskId} class={`task${props.selected === t.caseId ? ' selected' : ''}`}>
              <button
                class="task-open"
                onClick={() => props.onSelect(t.caseId)}
                aria-current={props.selected === t.caseId}
              >
                <span class="task-subject">{props.subjects[t.caseId] ?? 'Loading…'}</span>
                <span class="task-meta">
                  <PriorityBadge priority={t.priority} />
                  {t.level && t.level > 1 ? <span class="badge bad">breached · level {t.level}</span> : null}
                  <span class="muted">{label(REASON_LABEL, t.reason)}</span>
                </span>
                <span class="task-sla">
                  <Countdown compact label="1st reply" due={t.firstResponseDueAt} start={t.createdAt} />
                  <Countdown compact label="resolve" due={t.resolutionDueAt} start={t.createdAt} />
                </span>
              </button>
              {props.onClaim && (
                <button class="btn small primary claim" onClick={() => props.onClaim?.(t)}>
                  Claim
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PresenceCard({ token }: { token: string }) {
  const saved = useMemo<Presence>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(PRESENCE_KEY) ?? '') as Presence;
    } catch {
      return { status: 'not set', skills: ['*'], capacity: 3 };
    }
  }, []);
  const [presence, setPresence] = useState<Presence>(saved);
  const [skills, setSkills] = useState(saved.skills.join(', '));
  const [capacity, setCapacity] = useState(saved.capacity);
  const [error, setError] = useState<string | null>(null);

  const save = async (status: Exclude<Presence['status'], 'not set'>) => {
    setError(null);
    try {
      const list = skills
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const res = await put<Presence>('/api/agents/me', { status, skills: list, capacity }, token);
      setPresence(res);
      sessionStorage.setItem(PRESENCE_KEY, JSON.stringify(res));
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section class="presence" aria-labelledby="presence-title">
      <h2 id="presence-title">
        {presence.status === 'not set' ? (
          'Set your presence'
        ) : (
          <>
            You are <span class={`presence-${presence.status}`}>{presence.status}</span>
          </>
        )}
        {presence.load !== undefined && (
          <span class="muted">
            {' '}
            · {presence.load}/{presence.capacity} tasks
          </span>
        )}
      </h2>
      <div class="segmented" role="group" aria-label="Presence">
        {(['online', 'away', 'offline'] as const).map((s) => (
          <button
            key={s}
            class={presence.status === s ? 'on' : ''}
            aria-pressed={presence.status === s}
            onClick={() => save(s)}
          >
            {s[0].toUpperCase() + s.slice(1)}
          </button>
        ))}
      </div>
      <details>
        <summary>Skills and capacity</summary>
        <label for="skills">Skills (comma-separated, * = everything)</label>
        <input id="skills" value={skills} onInput={(e) => setSkills((e.target as HTMLInputElement).value)} />
        <label for="capacity">Tasks at once</label>
        <input
          id="capacity"
          type="number"
          min={0}
          max={100}
          value={capacity}
          onInput={(e) => setCapacity(Number((e.target as HTMLInputElement).value))}
        />
        <button class="btn small" onClick={() => save(presence.status === 'not set' ? 'online' : presence.status)}>
          Save
        </button>
      </details>
      {error && <Note kind="error">{error}</Note>}
    </section>
  );
}

function AgentActions({ c, task, token, onDone }: { c: StaffCase; task: Task | null; token: string; onDone(): void }) {
  const [text, setText] = useState('');
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!task) {
    const held = c.task?.assignee;
    return (
      <Note>
        {c.status === 'escalated'
          ? 'This case waits in the queue: claim it to answer.'
          : held
            ? `${held} holds this case.`
            : 'No agent action is open on this case.'}
      </Note>
    );
  }

  const run = async (what: () => Promise<unknown>, clear: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await what();
      clear();
      onDone();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const reply = (waitForCustomer: boolean) =>
    run(
      () => post(`/api/tasks/${task.taskId}/reply`, { text: text.trim(), waitForCustomer }, token, newKey()),
      () => setText(''),
    );
  const resolve = () =>
    run(
      () =>
        post(
          `/api/tasks/${task.taskId}/resolve`,
          { summary: summary.trim(), ...(text.trim() ? { text: text.trim() } : {}) },
          token,
          newKey(),
        ),
      () => {
        setText('');
        setSummary('');
      },
    );

  return (
    <div class="agent-actions">
      <label for="agent-reply">Reply to the customer</label>
      <textarea
        id="agent-reply"
        rows={4}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        placeholder="Write your answer…"
      />
      <div class="composer-actions">
        <button class="btn primary" disabled={busy || !text.trim()} onClick={() => reply(false)}>
          Send reply
        </button>
        <button class="btn" disabled={busy || !text.trim()} onClick={() => reply(true)}>
          Send and wait for customer
        </button>
        <span class="spacer" />
        <button
          class="btn ghost"
          disabled={busy}
          onClick={() =>
            run(
              () => post(`/api/tasks/${task.taskId}/release`, {}, token),
              () => undefined,
            )
          }
        >
          Release to queue
        </button>
      </div>
      <div class="resolve-row">
        <label for="resolve-summary">Resolution summary</label>
        <div class="inline">
          <input
            id="resolve-summary"
            value={summary}
            onInput={(e) => setSummary((e.target as HTMLInputElement).value)}
            placeholder="What was done, for the record"
          />
          <button class="btn success" disabled={busy || !summary.trim()} onClick={resolve}>
            Resolve case
          </button>
        </div>
      </div>
      <p class="hint">Resolving sends the reply above too, if you wrote one.</p>
      {error && <Note kind="error">{error}</Note>}
    </div>
  );
}
