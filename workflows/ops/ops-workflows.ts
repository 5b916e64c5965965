/** The operations workflows: the statistics folder, the agent dispatcher and the reconciliation sweeps. */
import type { Duration } from '@temporalio/common';
import { continueAsNew, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import { wakeSignal, type OpsActivities, type OpsInput } from './contract';

const ops = (input: OpsInput, startToCloseTimeout: Duration) =>
  proxyActivities<OpsActivities>({
    taskQueue: input.opsTaskQueue,
    startToCloseTimeout,
    heartbeatTimeout: '15s',
    retry: { initialInterval: '1s', maximumInterval: '30s' },
  });

/** The single writer of the statistics: folds the outbox, over and over, forever. */
export async function statsFolderWorkflow(input: OpsInput): Promise<void> {
  const { foldStats } = ops(input, '1m');
  for (let i = 0; i < 200; i += 1) {
    const folded = await foldStats({ waitMs: 20_000 }).catch(() => -1);
    if (folded < 0) await sleep('5s');
  }
  await continueAsNew<typeof statsFolderWorkflow>(input);
}

/** Offers queued tasks to one agent for as long as something woke it. */
export async function agentDispatcherWorkflow(input: OpsInput & { agentId: string }): Promise<void> {
  let woken = true;
  setHandler(wakeSignal, () => {
    woken = true;
  });
  const { dispatchToAgent } = proxyActivities<OpsActivities>({
    taskQueue: input.opsTaskQueue,
    startToCloseTimeout: '2m',
    retry: { initialInterval: '1s', maximumAttempts: 3 },
  });
  for (let runs = 0; woken && runs < 100; runs += 1) {
    woken = false;
    await dispatchToAgent(input.agentId).catch(() => 0);
  }
}

export async function slotSweepWorkflow(input: OpsInput): Promise<void> {
  await ops(input, '5m').sweepSlots();
}

export async function caseSweepWorkflow(input: OpsInput): Promise<void> {
  await ops(input, '10m').sweepCases();
}
