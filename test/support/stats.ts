/** Waiting for the statistics to catch up with what happened, and checking them against a full recount. */
import { OutboxModel } from '../../src/db/models';
import { reconcile } from '../../src/ops/recount';
import { eventually } from './http';

/** The folder has taken everything written so far, and a recount from the event log agrees with it. */
export async function statsSettled(timeoutMs = 20_000) {
  let last: unknown;
  try {
    return await eventually(
      async () => {
        if ((await OutboxModel.countDocuments({})) > 0) return undefined;
        const { differences } = await reconcile();
        last = differences;
        return differences.length === 0 ? true : undefined;
      },
      timeoutMs,
      'the statistics to match a recount',
    );
  } catch (err) {
    throw new Error(`${(err as Error).message}; differences: ${JSON.stringify(last)}`);
  }
}
