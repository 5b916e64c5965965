/** One customer case, from intake to closed: the AI phase, then the main loop that waits for the next deadline. */
import {
  CancellationScope,
  allHandlersFinished,
  condition,
  continueAsNew,
  isCancellation,
  patched,
  proxyActivities,
  workflowInfo,
} from '@temporalio/workflow';
import { AI_NON_RETRYABLE, type CaseWorkflowInput } from './contract';
import { registerHandlers } from './handlers';
import type { CaseActivities } from './io';
import { CaseRuntime } from './runtime';
import { STATUS } from './status';

/** Longest single wait; every status has its own earlier deadline, this only bounds a missing one. */
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

/** Cases started by release 0.2 or later (search attributes for lists); older ones replay as they ran. */
export const RELEASE_0_2 = 'casework-0.2';
/** Cases started by release 0.2.1 or later: a write that lands while the case waits wakes it (see the loop). */
export const RELEASE_0_2_1 = 'casework-0.2.1';

export async function caseWorkflow(input: CaseWorkflowInput): Promise<void> {
  const rt = new CaseRuntime(input, patched(RELEASE_0_2), patched(RELEASE_0_2_1));
  registerHandlers(rt);

  if (!input.carried) {
    rt.apply({ type: 'start', intake: input.intake, createdAt: input.createdAt });
    // from release 0.2 the first write waits for triage (a few milliseconds): until then the API reads
    // the case from its workflow, and one write less per case
    if (!rt.current) await rt.flush();
    await aiPhase(rt);
  } else if (input.repair) {
    rt.apply({ type: 'repaired' });
  }

  while (!STATUS[rt.s.status].final) {
    rt.changed = false;
    // from release 0.2 a case keeps its timers while a write is on its way (the store may be down);
    // writes stay in order either way
    if (rt.current) void rt.flush();
    else await rt.flush();
    const info = workflowInfo();
    const limit = input.policy.historyLimit ?? 0;
    if (info.continueAsNewSuggested || (limit > 0 && info.historyLength > limit)) {
      await condition(allHandlersFinished, MAX_WAIT_MS);
      await rt.settle();
      await continueAsNew<typeof caseWorkflow>({ ...input, carried: rt.carried(), repair: false });
    }
    const next = rt.nextTimer();
    const wait = next ? Math.max(next.at - rt.now(), 0) : MAX_WAIT_MS;
    const woken = await condition(() => rt.changed, wait);
    // from release 0.2.1 the timer is taken again after the wait: a write that landed meanwhile may have
    // taken away the one computed before it
    const due = rt.rewakes ? rt.nextTimer() : next;
    if (!woken && due && due.at <= rt.now()) rt.apply({ type: 'timer', timer: due });
  }
  await condition(allHandlersFinished, MAX_WAIT_MS);
  await rt.settle();
}

/** Triage, then (unless the case goes straight to a person) an AI answer the customer is asked to confirm. */
async function aiPhase(rt: CaseRuntime): Promise<void> {
  const { policy, intake, caseId } = rt.input;
  const triage = await proxyActivities<CaseActivities>({
    startToCloseTimeout: '20s',
    retry: { maximumAttempts: 3 },
  })
    .triageCase(intake)
    .catch(() => null);
  if (rt.status() !== 'triaging') return;
  rt.apply({ type: 'triaged', result: triage });
  if (rt.status() !== 'ai_resolving') return;

  await rt.flush();
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
  rt.cancelAi = () => scope.cancel();
  try {
    const language = rt.s.language ?? undefined;
    const answer = await scope.run(() => ai.draftAnswer({ caseId, intake, ...(language ? { language } : {}) }));
    if (rt.status() !== 'ai_resolving') return;
    rt.apply({ type: 'ai_answered', answer });
  } catch (err) {
    if (rt.status() !== 'ai_resolving') return;
    if (isCancellation(err)) throw err;
    const cause = (err as { cause?: { type?: string; message?: string } }).cause;
    rt.apply({ type: 'ai_failed', error: cause?.type ?? 'unknown', message: cause?.message ?? String(err) });
  } finally {
    rt.cancelAi = null;
  }
}
