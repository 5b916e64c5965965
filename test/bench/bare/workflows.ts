/**
 * The yardstick: a workflow of the same shape as a case's path to an AI answer (the same activities in
 * the same order, the same search-attribute upserts), with activities that do nothing.
 */
import { proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import { CasePriorityKey, CaseStatusKey } from '../../../workflows/case/search-attributes';

export interface BareActivities {
  step(name: string): Promise<string>;
}

const { step } = proxyActivities<BareActivities>({ startToCloseTimeout: '30s' });

/** Each write of a case upserts its search attributes first; the notification goes out beside the last write. */
export async function bareCaseWorkflow(): Promise<void> {
  const write = async (status: string) => {
    upsertSearchAttributes([
      { key: CaseStatusKey, value: status },
      { key: CasePriorityKey, value: 'normal' },
    ]);
    await step('recordTransition');
  };
  await write('triaging');
  await step('triageCase');
  await write('ai_resolving');
  await step('draftAnswer');
  const notified = step('notify');
  await write('awaiting_confirmation');
  await notified;
}
