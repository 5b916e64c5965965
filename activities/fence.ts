/** Keeps a late activity attempt from writing after Temporal has given up on it and started another. */
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Fence } from '../src/db/case-writer';

/** Stop this far before the attempt's start-to-close deadline, for clock skew and the write in flight. */
const MARGIN_MS = 5_000;

/** When this attempt must have stopped writing (epoch ms). */
export function attemptDeadline(): number {
  return Date.now() + Context.current().info.startToCloseTimeoutMs - MARGIN_MS;
}

export function attemptFence(deadline = attemptDeadline()): Fence {
  return () => {
    if (Date.now() > deadline) {
      throw ApplicationFailure.retryable('the attempt ran past its deadline; a later attempt writes instead', 'Fenced');
    }
  };
}
