/** Keeps a late activity attempt from writing after Temporal has given up on it and started another. */
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Fence } from '../src/db/case-writer';

/** Stop this far before the attempt's start-to-close deadline, for clock skew and the write in flight. */
const MARGIN_MS = 5_000;

export function attemptFence(): Fence {
  const { startToCloseTimeoutMs } = Context.current().info;
  const deadline = Date.now() + startToCloseTimeoutMs - MARGIN_MS;
  return () => {
    if (Date.now() > deadline) {
      throw ApplicationFailure.retryable('the attempt ran past its deadline; a later attempt writes instead', 'Fenced');
    }
  };
}
