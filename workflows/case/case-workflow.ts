/** One customer case, from intake to closed. Thin: the transitions live in CaseRun. */
import {
  ApplicationFailure,
  CancellationScope,
  allHandlersFinished,
  condition,
  continueAsNew,
  isCancellation,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { CaseActivities } from '../../activities/contract';
import {
  AI_NON_RETRYABLE,
  CONFLICT,
  FORBIDDEN,
  agentUnavailableSignal,
  assignUpdate,
  claimUpdate,
  confirmUpdate,
  customerMessageUpdate,
  releaseUpdate,
  replyUpdate,
  requestHumanUpdate,
  resolveUpdate,
  setPriorityUpdate,
  stateQuery,
  type Actor,
  type CaseWorkflowInput,
  type StaffRef,
} from './contract';
import { CaseRun, SYSTEM } from './case-run';

/** Longest single wait; every status has its own earlier deadline, this only bounds a missing one. */
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

const conflict = (message: string) => ApplicationFailure.create({ type: CONFLICT, message, nonRetryable: true });
const forbidden = (message: string) => ApplicationFailure.create({ type: FORBIDDEN, message, nonRetryable: true });

export async function caseWorkflow(input: CaseWorkflowInput): Promise<void> {
  const run = new CaseRun(input);
  const customer: Actor = { type: 'customer', id: input.intake.customer.id };
  registerHandlers(run, customer);

  if (!input.carried) {
    run.emit('created', customer, { channel: input.intake.channel, subject: input.intake.subject });
    run.addMessage(
      { id: `${input.caseId}-m0`, from: 'customer', text: input.intake.message, at: input.createdAt },
      customer,
    );
    await run.flush();
    await aiPhase(run);
  }

  while (run.s.status !== 'closed') {
    run.changed = false;
    await run.flush();
    const info = workflowInfo();
    const limit = input.policy.historyLimit ?? 0;
    if (info.continueAsNewSuggested || (limit > 0 && info.historyLength > limit)) {
      await condition(allHandlersFinished, MAX_WAIT_MS);
      await run.settle();
      await continueAsNew<typeof caseWorkflow>({ ...input, carried: run.carried() });
    }
    const next = run.nextTimer();
    const wait = next ? Math.max(next.at - run.now(), 0) : MAX_WAIT_MS;
    const woken = await condition(() => run.changed, wait);
    if (!woken && next && next.at <= run.now()) next.fire();
  }
  await condition(allHandlersFinished, MAX_WAIT_MS);
  await run.settle();
}

async function aiPhase(run: CaseRun): Promise<void> {
  const { policy, intake, caseId } = run.input;
  const triage = await proxyActivities<CaseActivities>({
    startToCloseTimeout: '20s',
    retry: { maximumAttempts: 3 },
  })
    .triageCase(intake)
    .catch(() => null);
  if (run.statusNow() !== 'triaging') return;
  if (!triage) {
    run.escalate('ai_unavailable', SYSTEM, { stage: 'triage' });
    return;
  }
  run.s.topic = triage.topic;
  run.s.skills = triage.skills;
  run.emit('triaged', SYSTEM, { ...triage });
  run.changePriority(triage.priority, SYSTEM, 'triage');
  if (triage.escalate && triage.reason) {
    run.escalate(triage.reason, SYSTEM, { flags: triage.flags });
    return;
  }

  run.setStatus('ai_resolving', SYSTEM);
  await run.flush();
  const ai = proxyActivities<CaseActivities>({
    startToCloseTimeout: policy.aiTimeoutMs + 5_000,
    scheduleToCloseTimeout: policy.aiTotalTimeoutMs,
    retry: {
      initialInterval: '1s',
      backoffCoefficient: 2,
      maximumInterval: '30s',
      maximumAttempts: 5,
      nonRetryableErrorTypes: [...AI_NON_RETRYABLE],
    },
  });
  const scope = new CancellationScope();
  run.cancelAi = () => scope.cancel();
  try {
    const answer = await scope.run(() => ai.draftAnswer({ caseId, intake }));
    if (run.statusNow() !== 'ai_resolving') return;
    run.emit(
      'ai_answer_drafted',
      { type: 'ai' },
      { confidence: answer.confidence, sources: answer.sources, needsHuman: answer.needsHuman },
    );
    if (answer.needsHuman || answer.confidence < policy.aiConfidenceThreshold) {
      run.escalate('low_confidence', { type: 'ai' }, { confidence: answer.confidence });
      return;
    }
    run.s.aiAnswer = { text: answer.text, confidence: answer.confidence, sources: answer.sources };
    if (answer.topic && answer.topic !== 'general') run.s.topic = answer.topic;
    run.addMessage({ id: `${caseId}-ai1`, from: 'ai', text: answer.text, at: run.nowIso() }, { type: 'ai' });
    run.notify('ai.answer', { confidence: answer.confidence });
    run.awaitConfirmation();
  } catch (err) {
    if (run.statusNow() !== 'ai_resolving') return;
    if (isCancellation(err)) throw err;
    const cause = (err as { cause?: { type?: string; message?: string } }).cause;
    run.emit('ai_failed', SYSTEM, { error: cause?.type ?? 'unknown', message: cause?.message ?? String(err) });
    run.escalate('ai_unavailable', SYSTEM);
  } finally {
    run.cancelAi = null;
  }
}

function requireStaffHolder(run: CaseRun, staff: StaffRef): void {
  const problem = run.holderProblem(staff);
  if (problem) throw problem.type === 'forbidden' ? forbidden(problem.message) : conflict(problem.message);
}

function registerHandlers(run: CaseRun, customer: Actor): void {
  const done = async () => {
    await run.flush();
    return run.s;
  };

  setHandler(stateQuery, () => {
    run.refreshDeadline();
    return run.s;
  });

  setHandler(
    confirmUpdate,
    async ({ resolved, comment }) => {
      run.confirm(resolved, comment, customer);
      return done();
    },
    {
      validator: (_req) => {
        if (run.s.status !== 'awaiting_confirmation')
          throw conflict(`the case is ${run.s.status}, not awaiting confirmation`);
      },
    },
  );

  setHandler(
    requestHumanUpdate,
    async ({ reason, by }) => {
      const bySupervisor = by?.type === 'supervisor';
      if (!run.isHuman) {
        run.escalate(bySupervisor ? 'supervisor' : 'customer_requested_human', by ?? customer, {
          comment: reason ?? null,
        });
      }
      return done();
    },
    {
      validator: (_req) => {
        if (run.s.status === 'resolved' || run.s.status === 'closed') {
          throw conflict(`the case is ${run.s.status}; write a message to reopen it`);
        }
      },
    },
  );

  setHandler(
    customerMessageUpdate,
    async ({ messageId, text }) => {
      run.customerWrote(messageId, text, customer);
      return done();
    },
    {
      validator: (_req) => {
        if (run.s.status === 'closed') throw conflict('the case is closed');
      },
    },
  );

  setHandler(
    claimUpdate,
    async (staff) => {
      run.assign(staff.agentId, { type: staff.role, id: staff.agentId });
      return done();
    },
    {
      validator: (staff) => {
        const task = run.s.task;
        if (run.s.status !== 'escalated' || !task || task.status !== 'open') {
          throw conflict(task?.assignee ? 'another agent holds this task' : `the case is ${run.s.status}`);
        }
        if (task.supervisorOnly && staff.role !== 'supervisor') throw forbidden('this task waits for a supervisor');
      },
    },
  );

  setHandler(
    assignUpdate,
    async ({ agentId, by }) => {
      run.assign(agentId, by);
      return done();
    },
    {
      validator: ({ agentId, by }) => {
        const task = run.s.task;
        if (!run.isHuman || !task || task.status === 'closed') throw conflict(`the case is ${run.s.status}`);
        if (task.assignee === agentId) throw conflict('the agent already holds this task');
        if (by.type !== 'supervisor' && task.status !== 'open') throw conflict('another agent holds this task');
      },
    },
  );

  setHandler(
    replyUpdate,
    async (req) => {
      run.reply(req);
      return done();
    },
    { validator: (req) => requireStaffHolder(run, req) },
  );

  setHandler(
    resolveUpdate,
    async (req) => {
      run.resolveByAgent(req);
      return done();
    },
    { validator: (req) => requireStaffHolder(run, req) },
  );

  setHandler(
    releaseUpdate,
    async (staff) => {
      run.unassign({ type: staff.role, id: staff.agentId }, 'released', true);
      return done();
    },
    { validator: (staff) => requireStaffHolder(run, staff) },
  );

  setHandler(
    setPriorityUpdate,
    async ({ priority, by }) => {
      run.changePriority(priority, by, 'supervisor');
      return done();
    },
    {
      validator: (_req) => {
        if (run.s.status === 'closed') throw conflict('the case is closed');
      },
    },
  );

  setHandler(agentUnavailableSignal, ({ agentId, status, role }) => {
    if (run.s.task?.assignee === agentId)
      run.unassign({ type: role ?? 'agent', id: agentId }, `agent_${status}`, false);
  });
}
