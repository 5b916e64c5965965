/**
 * Seeds a store of many cases, fast but as real as the read model needs them: each case is driven
 * through the workflow's own transitions at synthetic times, then stored as the workflow would have
 * stored it (case document, journal, customer index, open task, figures and rollups), in bulk. Open
 * and recently closed cases also get their Temporal executions, so lists read them from visibility.
 */
import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import {
  AssigneeKey,
  CASE_WORKFLOW_TYPE,
  CaseChannelKey,
  CaseCreatedAtKey,
  CaseLanguageKey,
  CasePriorityKey,
  CaseStatusKey,
  CaseTopicKey,
  CustomerIdKey,
  EscalationReasonKey,
  NextDeadlineKey,
  SlaAtRiskKey,
  SlaBreachedKey,
  type CasePolicy,
  type CaseWorkflowInput,
} from '../../workflows/case/contract';
import type { CaseEvent, TriageResult } from '../../workflows/case/io';
import { carriedOf, initialModel, type CaseModel } from '../../workflows/case/model';
import { contributionOf, countEvent, isAtRisk } from '../../workflows/case/stats';
import { STATUS } from '../../workflows/case/status';
import { deadlineOf, nextTimer } from '../../workflows/case/timers';
import { decide, type CaseCommand } from '../../workflows/case/transitions';
import { readModel, taskDocument } from '../../src/db/case-writer';
import { pageId, pageOf } from '../../src/db/journal';
import {
  CaseModel as Cases,
  ContributionModel,
  CustomerCaseModel,
  CustomerModel,
  FeedbackModel,
  JournalModel,
  OpenCaseModel,
  RollupModel,
  TaskModel,
} from '../../src/db/models';
import { addInto, countsOf, type Counts } from '../../src/db/rollup-counts';
import { TOTAL, dayRollupId } from '../../src/db/stats-folder';
import { progress } from './load';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** A small seeded generator, so every run seeds the same mix (case ids stay random). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p };
}

type Story =
  | 'ai_confirmed'
  | 'no_confirmation'
  | 'rejected'
  | 'serious'
  | 'reopened'
  | 'open_awaiting'
  | 'open_escalated'
  | 'open_assigned'
  | 'open_waiting';

const FINISHED: [Story, number][] = [
  ['ai_confirmed', 64],
  ['no_confirmation', 10],
  ['rejected', 9],
  ['serious', 11],
  ['reopened', 6],
];
const OPEN: [Story, number][] = [
  ['open_awaiting', 30],
  ['open_escalated', 25],
  ['open_assigned', 25],
  ['open_waiting', 20],
];

const TOPICS = ['payments', 'refunds', 'account', 'delivery', 'orders'];
export const AGENTS = Array.from({ length: 50 }, (_, i) => `agent_${String(i).padStart(3, '0')}`);

const triage = (topic: string): TriageResult => ({
  escalate: false,
  reason: null,
  priority: 'normal',
  topic,
  skills: [topic],
  sentiment: 0,
  flags: [],
  language: 'en',
});

interface SeededCase {
  model: CaseModel;
  input: CaseWorkflowInput;
  events: CaseEvent[];
  now: number;
  feedback: number | null;
}

/** Runs one case's story through the real transitions, from `createdAt`. */
function story(
  rnd: ReturnType<typeof random>,
  policy: CasePolicy,
  createdAt: number,
  customerId: string,
  open: boolean,
  until: number,
): SeededCase {
  // an open case happened in the last minutes; a finished one over hours or days
  const M = open ? 5_000 : MIN;
  const caseId = `c_${randomBytes(16).toString('base64url')}`;
  const topic = TOPICS[rnd.int(TOPICS.length)];
  const input: CaseWorkflowInput = {
    caseId,
    createdAt: new Date(createdAt).toISOString(),
    intake: {
      customer: { id: customerId },
      channel: 'web',
      subject: `Question about ${topic}`,
      message: `Hello, a question about my ${topic}.`,
    },
    policy,
  };
  let model = initialModel(input);
  let now = createdAt;
  const events: CaseEvent[] = [];
  // as the workflow's runtime does: apply, keep the events, count them for the statistics
  const apply = (c: CaseCommand) => {
    const d = decide(model, c, now);
    model = d.model;
    for (const e of d.events) countEvent(model.counters, e);
    events.push(...d.events);
  };
  const run = (c: CaseCommand, afterMs = 1_000) => {
    now += afterMs;
    apply(c);
  };
  const fire = () => {
    const t = nextTimer(model, now);
    if (!t || t.at > until) return;
    now = Math.max(now, t.at);
    apply({ type: 'timer', timer: t });
  };
  const agent = AGENTS[rnd.int(AGENTS.length)];
  const staff = { agentId: agent, role: 'agent' as const };
  const answer = {
    text: `Here is what our help article says about your ${topic}.`,
    confidence: 0.6 + 0.3 * rnd.next(),
    sources: [`kb/${topic}`],
    topic,
    needsHuman: false,
  };
  const agentWorks = (resolve: boolean) => {
    run({ type: 'claim', staff }, (5 + rnd.int(60)) * M);
    run(
      {
        type: 'reply',
        staff,
        messageId: `m_${rnd.int(1e9)}`,
        text: 'Let me look into this for you.',
        waitForCustomer: false,
      },
      2 * M,
    );
    if (resolve)
      run({ type: 'resolve', staff, summary: 'Answered', messageId: `m_${rnd.int(1e9)}` }, (10 + rnd.int(120)) * M);
  };

  run({ type: 'start', intake: input.intake, createdAt: input.createdAt }, 0);
  const kind = pick(rnd, open ? OPEN : FINISHED);
  if (kind === 'serious') {
    run({
      type: 'triaged',
      result: {
        ...triage(topic),
        escalate: true,
        reason: 'sensitive_topic',
        priority: 'urgent',
        topic: 'fraud',
        skills: ['fraud'],
      },
    });
    if (rnd.chance(0.1)) fire();
    agentWorks(true);
  } else {
    run({ type: 'triaged', result: triage(topic) });
    run({ type: 'ai_answered', answer }, 2_000);
    if (kind === 'open_awaiting') return { model, input, events, now, feedback: null };
    if (kind === 'ai_confirmed' || kind === 'reopened') run({ type: 'confirm', resolved: true }, (1 + rnd.int(30)) * M);
    else if (kind === 'rejected' || kind === 'open_escalated' || kind === 'open_assigned' || kind === 'open_waiting') {
      run({ type: 'confirm', resolved: false, comment: 'not it' }, (1 + rnd.int(30)) * M);
    } else fire();
    if (kind === 'open_escalated') return { model, input, events, now, feedback: null };
    if (kind === 'reopened') {
      run(
        { type: 'customer_message', messageId: `m_${rnd.int(1e9)}`, text: 'It still does not work.' },
        (1 + rnd.int(48 * 60)) * M,
      );
    }
    if (kind !== 'ai_confirmed') agentWorks(!kind.startsWith('open_'));
    if (kind === 'open_waiting')
      run({ type: 'reply', staff, messageId: `m_${rnd.int(1e9)}`, text: 'Which order?', waitForCustomer: true });
  }
  if (kind.startsWith('open_')) return { model, input, events, now, feedback: null };
  const feedback = rnd.chance(0.3) ? 1 + rnd.int(5) : null;
  fire();
  return { model, input, events, now, feedback };
}

function pick<T>(rnd: ReturnType<typeof random>, table: [T, number][]): T {
  let r = rnd.next() * table.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of table) if ((r -= w) < 0) return v;
  return table[table.length - 1][0];
}

/** The search attributes and memo the workflow would carry in its state. */
function startOptions(c: SeededCase) {
  const s = c.model.s;
  return {
    typedSearchAttributes: [
      { key: CaseStatusKey, value: s.status },
      { key: CasePriorityKey, value: s.priority },
      ...(s.escalation ? [{ key: EscalationReasonKey, value: s.escalation.reason }] : []),
      ...(s.task?.status === 'assigned' && s.task.assignee ? [{ key: AssigneeKey, value: s.task.assignee }] : []),
      ...(s.deadline ? [{ key: NextDeadlineKey, value: new Date(s.deadline.at) }] : []),
      { key: SlaBreachedKey, value: (s.sla?.breaches.length ?? 0) > 0 },
      { key: SlaAtRiskKey, value: isAtRisk(s) },
      ...(s.topic ? [{ key: CaseTopicKey, value: s.topic }] : []),
      { key: CaseLanguageKey, value: 'en' },
      { key: CustomerIdKey, value: c.input.intake.customer.id },
      { key: CaseChannelKey, value: 'web' },
      { key: CaseCreatedAtKey, value: new Date(c.input.createdAt) },
    ],
    memo: {
      subject: c.input.intake.subject,
      channel: 'web',
      customerId: c.input.intake.customer.id,
      createdAt: c.input.createdAt,
    },
  };
}

export interface SeedReport {
  cases: number;
  documents: number;
  seconds: number;
  executions: number;
  executionSeconds: number;
  sampleCustomer: string;
  sampleCaseId: string;
  openCaseId: string;
  agent: string;
}

export async function seed(opts: {
  cases: number;
  batch: number;
  policy: CasePolicy;
  client: Client;
  taskQueue: string;
  /** closed cases younger than this also get a (closed) Temporal execution */
  recentMs: number;
  /** share of cases still in the AI or human phase */
  openShare: number;
}): Promise<SeedReport> {
  const rnd = random(20_261_126);
  const now = Date.now();
  const customers = Math.ceil(opts.cases / 2.5);
  const bar = progress('seeding the store', opts.cases);
  const t0 = performance.now();
  let total: Counts = {};
  const days = new Map<string, Counts>();
  const customerNext = new Map<string, number>();
  const lastResolved = new Map<string, { caseId: string; at: string }>();
  const executions: SeededCase[] = [];
  let documents = 0;
  let sampleCaseId = '';
  let openCaseId = '';
  for (let from = 0; from < opts.cases; from += opts.batch) {
    const size = Math.min(opts.batch, opts.cases - from);
    const docs = {
      cases: [] as unknown[],
      journal: [] as unknown[],
      tasks: [] as unknown[],
      open: [] as unknown[],
      index: [] as unknown[],
      contributions: [] as unknown[],
      feedback: [] as unknown[],
    };
    for (let k = 0; k < size; k += 1) {
      const i = from + k;
      const customerId = `cus_${rnd.int(customers)}`;
      // spread over 90 days, oldest first; the newest are the open ones, from the last 40 minutes
      const open = rnd.chance(opts.openShare);
      const createdAt = open
        ? now - 20 * MIN - rnd.int(20 * MIN)
        : now - 90 * DAY + Math.floor((87 * DAY * i) / opts.cases);
      const c = story(rnd, opts.policy, createdAt, customerId, open, now);
      const { model, input } = c;
      const s = model.s;
      s.updatedAt = new Date(Math.min(c.now, now)).toISOString();
      s.waitingOn = STATUS[s.status].waitingOn;
      s.deadline = deadlineOf(model, now);
      const caseId = input.caseId;
      const journal = new Map<number, Record<string, CaseEvent>>();
      const tailPage = pageOf(model.eventSeq);
      for (const e of c.events) {
        const page = journal.get(pageOf(e.seq)) ?? {};
        page[`s${e.seq}`] = e;
        journal.set(pageOf(e.seq), page);
      }
      const version = 3 + rnd.int(6);
      docs.cases.push({
        _id: caseId,
        ...readModel(s, version, model.eventSeq),
        journal: journal.get(tailPage) ?? {},
        channel: 'web',
        subject: input.intake.subject,
        customer: input.intake.customer,
        locale: null,
        orderRef: null,
        repeatOf: null,
        intakeHash: null,
        createdAt: new Date(input.createdAt),
      });
      for (const [page, items] of journal) {
        if (page !== tailPage) docs.journal.push({ _id: pageId(caseId, page), caseId, page, items });
      }
      const task = taskDocument(caseId, s);
      if (task) docs.tasks.push(task);
      if (!STATUS[s.status].final) docs.open.push({ _id: caseId, createdAt: new Date(input.createdAt) });
      const n = customerNext.get(customerId) ?? 0;
      customerNext.set(customerId, n + 1);
      docs.index.push({ _id: `${customerId}#${n}`, caseId, createdAt: new Date(input.createdAt) });
      if (s.resolvedAt) lastResolved.set(customerId, { caseId, at: s.resolvedAt });
      const contribution = contributionOf(s, model.counters, false);
      docs.contributions.push({ _id: caseId, v: version, c: contribution });
      const change = countsOf(contribution);
      const changes = [change];
      if (c.feedback && s.resolvedAt) {
        const day = s.resolvedAt.slice(0, 10);
        const at = new Date(Date.parse(s.resolvedAt) + 60_000);
        docs.feedback.push({
          _id: caseId,
          rating: c.feedback,
          comment: null,
          at,
          actor: { type: 'customer', id: customerId },
        });
        const feedback = { feedback: { rating: c.feedback, day } };
        docs.contributions.push({ _id: `${caseId}#feedback`, v: 1, c: feedback });
        changes.push(countsOf(feedback));
      }
      for (const ch of changes) {
        total = addInto(total, ch.total);
        for (const [day, counts] of Object.entries(ch.days)) days.set(day, addInto(days.get(day) ?? {}, counts));
      }
      const recentlyClosed = s.status === 'closed' && now - Date.parse(s.updatedAt) < opts.recentMs;
      if (!STATUS[s.status].final || recentlyClosed) executions.push(c);
      if (!sampleCaseId && s.status === 'closed') sampleCaseId = caseId;
      if (!openCaseId && s.status === 'assigned') openCaseId = caseId;
    }
    const insert = async (model: { insertMany: (d: unknown[], o: object) => Promise<unknown> }, d: unknown[]) => {
      if (d.length) await model.insertMany(d, { lean: true, ordered: false });
      documents += d.length;
    };
    await insert(Cases, docs.cases);
    await insert(JournalModel, docs.journal);
    await insert(TaskModel, docs.tasks);
    await insert(OpenCaseModel, docs.open);
    await insert(CustomerCaseModel, docs.index);
    await insert(ContributionModel, docs.contributions);
    await insert(FeedbackModel, docs.feedback);
    bar.tick(from + size);
  }
  bar.end(opts.cases);
  const hints = [...customerNext].map(([id, n]) => ({ _id: `${id}#next`, n }));
  for (let i = 0; i < hints.length; i += opts.batch)
    await CustomerCaseModel.insertMany(hints.slice(i, i + opts.batch), { lean: true });
  const resolved = [...lastResolved].map(([id, last]) => ({ _id: id, lastResolved: last }));
  for (let i = 0; i < resolved.length; i += opts.batch)
    await CustomerModel.insertMany(resolved.slice(i, i + opts.batch), { lean: true });
  // added to what the store already counts (Casework is stopped: nothing else writes the rollups now)
  const rollupIds: [string, Counts][] = [
    [TOTAL, total],
    ...[...days].map(([d, c]) => [dayRollupId(d), c] as [string, Counts]),
  ];
  for (const [id, counts] of rollupIds) {
    const current = await RollupModel.findById(id).lean();
    await RollupModel.replaceOne(
      { _id: id },
      { _id: id, counts: addInto((current?.counts ?? {}) as Counts, counts), fold: current?.fold ?? 0 },
      { upsert: true },
    );
  }
  documents += hints.length + resolved.length + days.size + 1;
  const seconds = (performance.now() - t0) / 1000;

  const started = performance.now();
  await startExecutions(opts.client, opts.taskQueue, executions);
  return {
    cases: opts.cases,
    documents,
    seconds,
    executions: executions.length,
    executionSeconds: (performance.now() - started) / 1000,
    sampleCustomer: `cus_${rnd.int(customers)}`,
    sampleCaseId,
    openCaseId,
    agent: AGENTS[7],
  };
}

/** Open and recently closed cases as real workflows, resumed from their seeded state. */
async function startExecutions(client: Client, taskQueue: string, cases: SeededCase[]) {
  const bar = progress('starting their workflows', cases.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < cases.length) {
        const c = cases[next++];
        await client.workflow.start(CASE_WORKFLOW_TYPE, {
          workflowId: c.input.caseId,
          taskQueue,
          args: [{ ...c.input, carried: carriedOf(c.model) }],
          ...startOptions(c),
        });
        bar.tick(++done);
      }
    }),
  );
  bar.end(done);
}
