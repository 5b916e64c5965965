/** Every message in every status, as plain functions: no Temporal, no database, milliseconds. */
import type { CaseStatus } from '../../workflows/case/domain';
import { CASE_STATUSES } from '../../workflows/case/domain';
import { contributionOf } from '../../workflows/case/stats';
import { STATUS } from '../../workflows/case/status';
import { deadlineOf, timersOf } from '../../workflows/case/timers';
import { check, decide, type CaseCommand } from '../../workflows/case/transitions';
import { AGENT, OTHER, SUPERVISOR, T0, caseIn, drive, fireNext } from './case-model';

type Outcome = CaseStatus | 'conflict' | 'forbidden' | 'limit';

const COMMANDS: Record<string, CaseCommand> = {
  confirm: { type: 'confirm', resolved: true },
  reject: { type: 'confirm', resolved: false, comment: 'no' },
  askHuman: { type: 'request_human', reason: 'a person please' },
  write: { type: 'customer_message', messageId: 'm_new', text: 'One more thing' },
  claim: { type: 'claim', staff: OTHER },
  route: { type: 'assign', agentId: 'agent_cy', by: { type: 'system', id: 'router' } },
  reply: { type: 'reply', staff: AGENT, messageId: 'm_r', text: 'Here you go', waitForCustomer: false },
  resolve: { type: 'resolve', staff: AGENT, summary: 'Answered', messageId: 'm_s' },
  release: { type: 'release', staff: AGENT },
  priority: { type: 'set_priority', priority: 'high', by: { type: 'supervisor', id: 'sup_sue' } },
};

// what each message does in each status: the status after it, or why it is refused
const EXPECTED: Record<CaseStatus, Record<keyof typeof COMMANDS, Outcome>> = {
  triaging: {
    confirm: 'conflict',
    reject: 'conflict',
    askHuman: 'escalated',
    write: 'triaging',
    claim: 'conflict',
    route: 'conflict',
    reply: 'conflict',
    resolve: 'conflict',
    release: 'conflict',
    priority: 'triaging',
  },
  ai_resolving: {
    confirm: 'conflict',
    reject: 'conflict',
    askHuman: 'escalated',
    write: 'ai_resolving',
    claim: 'conflict',
    route: 'conflict',
    reply: 'conflict',
    resolve: 'conflict',
    release: 'conflict',
    priority: 'ai_resolving',
  },
  awaiting_confirmation: {
    confirm: 'resolved',
    reject: 'escalated',
    askHuman: 'escalated',
    write: 'awaiting_confirmation',
    claim: 'conflict',
    route: 'conflict',
    reply: 'conflict',
    resolve: 'conflict',
    release: 'conflict',
    priority: 'awaiting_confirmation',
  },
  escalated: {
    confirm: 'conflict',
    reject: 'conflict',
    askHuman: 'escalated',
    write: 'escalated',
    claim: 'assigned',
    route: 'assigned',
    reply: 'conflict',
    resolve: 'conflict',
    release: 'conflict',
    priority: 'escalated',
  },
  assigned: {
    confirm: 'conflict',
    reject: 'conflict',
    askHuman: 'assigned',
    write: 'assigned',
    claim: 'conflict',
    route: 'conflict',
    reply: 'assigned',
    resolve: 'resolved',
    release: 'escalated',
    priority: 'assigned',
  },
  waiting_on_customer: {
    confirm: 'conflict',
    reject: 'conflict',
    askHuman: 'waiting_on_customer',
    write: 'assigned',
    claim: 'conflict',
    route: 'conflict',
    reply: 'waiting_on_customer',
    resolve: 'resolved',
    release: 'waiting_on_customer',
    priority: 'waiting_on_customer',
  },
  resolved: {
    confirm: 'conflict',
    reject: 'conflict',
    askHuman: 'conflict',
    write: 'escalated',
    claim: 'conflict',
    route: 'conflict',
    reply: 'conflict',
    resolve: 'conflict',
    release: 'conflict',
    priority: 'resolved',
  },
  closed: {
    confirm: 'conflict',
    reject: 'conflict',
    askHuman: 'conflict',
    write: 'conflict',
    claim: 'conflict',
    route: 'conflict',
    reply: 'conflict',
    resolve: 'conflict',
    release: 'conflict',
    priority: 'conflict',
  },
};

describe.each(CASE_STATUSES)('in %s', (status) => {
  const { model, now } = caseIn(status);

  test('the case is there', () => {
    expect(model.s.status).toBe(status);
  });

  test.each(Object.keys(COMMANDS))('%s', (name) => {
    const command = COMMANDS[name];
    const want = EXPECTED[status][name];
    const refused = check(model, command);
    if (want === 'conflict' || want === 'forbidden' || want === 'limit') {
      expect(refused?.type).toBe(want);
      return;
    }
    expect(refused).toBeNull();
    const before = JSON.stringify(model);
    const after = decide(model, command, now + 1_000);
    expect(after.model.s.status).toBe(want);
    // state in, state out: the model given is left as it was
    expect(JSON.stringify(model)).toBe(before);
  });

  test('what it waits for, and until when', () => {
    const timers = timersOf(model, now);
    const deadline = deadlineOf(model, now);
    if (STATUS[status].final || status === 'triaging' || status === 'ai_resolving') {
      expect(timers).toEqual([]);
      expect(deadline).toBeNull();
    } else {
      // every other status has a deadline and an action
      expect(timers.length).toBeGreaterThan(0);
      expect(deadline).toEqual({ at: expect.any(String), action: expect.any(String) });
    }
  });
});

describe('deadlines', () => {
  test('no confirmation escalates', () => {
    const { model, now } = caseIn('awaiting_confirmation');
    const fired = fireNext(model, now);
    expect(fired.at).toBe(now + 60 * 60_000);
    expect(fired.model.s.status).toBe('escalated');
    expect(fired.model.s.escalation?.reason).toBe('no_confirmation');
    expect(fired.effects.map((e) => e.type)).toEqual(['cancel_ai', 'notify', 'route']);
  });

  test('an idle holder loses the task to the lease and is kept from it for a while', () => {
    const { model, now } = caseIn('assigned');
    const fired = fireNext(model, now);
    expect(fired.model.s.status).toBe('escalated');
    expect(fired.model.s.task?.excluded.map((e) => e.agentId)).toEqual([AGENT.agentId]);
    expect(fired.effects).toContainEqual({ type: 'release_slot', agentId: AGENT.agentId, taskId: expect.any(String) });
  });

  test('an SLA warning, then a breach that raises priority and level', () => {
    const { model, now } = caseIn('escalated');
    const warned = fireNext(model, now);
    expect(warned.events.map((e) => e.type)).toEqual(['sla_warning']);
    expect(contributionOf(warned.model.s, {}, false).atRisk).toBe(true);
    const breached = fireNext(warned.model, warned.at);
    expect(breached.events.map((e) => e.type)).toContain('sla_breach');
    expect(breached.model.s.priority).toBe('high');
    expect(breached.model.s.escalation).toMatchObject({ reason: 'sla_breach', level: 2 });
    expect(contributionOf(breached.model.s, {}, false).atRisk).toBe(false);
  });

  test('the customer not answering resolves; the reopen window closes', () => {
    const { model, now } = caseIn('waiting_on_customer');
    const resolved = fireNext(model, now);
    expect(resolved.model.s.resolution).toMatchObject({ by: 'system' });
    const closed = fireNext(resolved.model, resolved.at);
    expect(closed.model.s.status).toBe('closed');
    expect(timersOf(closed.model, closed.at)).toEqual([]);
  });
});

describe('messages', () => {
  test('a repeated message id is accepted and appends nothing', () => {
    const { model, now } = caseIn('escalated');
    const once = decide(model, COMMANDS.write, now);
    const twice = decide(once.model, COMMANDS.write, now + 1);
    expect(check(once.model, COMMANDS.write)).toBeNull();
    expect(once.events.filter((e) => e.type === 'message')).toHaveLength(1);
    expect(twice.events).toEqual([]);
  });

  test('a case refuses messages past its limits', () => {
    let { model } = caseIn('escalated');
    for (let i = 0; model.messages.count < 10; i += 1) {
      model = decide(model, { type: 'customer_message', messageId: `m${i}`, text: 'x' }, T0).model;
    }
    const more = { type: 'customer_message', messageId: 'm_more', text: 'x' } as const;
    expect(check(model, more)?.type).toBe('limit');
    const big = caseIn('escalated').model;
    expect(check(big, { type: 'customer_message', messageId: 'm_big', text: 'é'.repeat(600) })?.type).toBe('limit');
  });

  test('a reopened case prefers the agent who resolved it and restarts the SLA', () => {
    const resolved = drive([COMMANDS.resolve], caseIn('assigned').model, T0 + 10_000).model;
    const reopened = decide(resolved, COMMANDS.write, T0 + 20_000);
    expect(reopened.model.s.status).toBe('escalated');
    expect(reopened.model.s.escalation?.reason).toBe('reopened');
    expect(reopened.model.preferredAgent).toBe(AGENT.agentId);
    expect(reopened.model.s.reopenCount).toBe(1);
  });

  test('only the holder or a supervisor acts on a held task', () => {
    const { model } = caseIn('assigned');
    expect(check(model, { ...(COMMANDS.reply as object), staff: OTHER } as CaseCommand)?.type).toBe('forbidden');
    expect(check(model, { ...(COMMANDS.reply as object), staff: SUPERVISOR } as CaseCommand)).toBeNull();
  });
});
