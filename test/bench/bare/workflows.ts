/**
 * The yardstick: a workflow of the same shape as a case's path to an AI answer: the same activities in
 * the same order with inputs of the same size, the same search attributes (set at start and upserted
 * before each write) and memo. Its activities do nothing, so it measures what Temporal itself costs.
 */
import { proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import {
  AssigneeKey,
  CaseLanguageKey,
  CasePriorityKey,
  CaseStatusKey,
  CaseTopicKey,
  EscalationReasonKey,
  NextDeadlineKey,
  SlaAtRiskKey,
  SlaBreachedKey,
} from '../../../workflows/case/search-attributes';

export interface BareActivities {
  step(name: string, payload?: unknown): Promise<string>;
}

const { step } = proxyActivities<BareActivities>({ startToCloseTimeout: '30s' });

export interface BareInput {
  /** stands for what a case's step carries to the store */
  payload: string;
}

/** Each write of a case upserts its search attributes first; the notification goes out beside the last write. */
export async function bareCaseWorkflow(input: BareInput): Promise<void> {
  const write = async (status: string) => {
    upsertSearchAttributes([
      { key: CaseStatusKey, value: status },
      { key: CasePriorityKey, value: 'normal' },
      { key: EscalationReasonKey, value: null },
      { key: AssigneeKey, value: null },
      { key: NextDeadlineKey, value: new Date(Date.now() + 3_600_000) },
      { key: SlaBreachedKey, value: false },
      { key: SlaAtRiskKey, value: false },
      { key: CaseTopicKey, value: 'payments' },
      { key: CaseLanguageKey, value: 'en' },
    ]);
    await step('recordTransition', input.payload);
  };
  await step('triageCase', input.payload.slice(0, 400));
  await write('ai_resolving');
  await step('draftAnswer', input.payload.slice(0, 400));
  const notified = step('notify');
  await write('awaiting_confirmation');
  await notified;
}
