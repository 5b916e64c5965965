/** Keeps a late activity attempt from writing after Temporal has given up on it and started another. */
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Fence } from '../src/db/case-writer';

/** Stop this far before the attempt's start-to-close deadline, for clock skew and the write in flight. */
const MARGIN_MS = 5_000;

/**
 * When this attempt must have stopped writing (epoch ms): before its start-to-close ends (then Temporal
 * starts another attempt), and before the activity's schedule-to-close ends (then the workflow takes
 * the step back and writes it later with the next one, so a late write here would overwrite that).
 */
export function attemptDeadline(): number {
  const { startToCloseTimeoutMs, scheduleToCloseTimeoutMs, scheduledTimestampMs } = Context.current().info;
  const attemptEnds = Date.now() + startToCloseTimeoutMs - MARGIN_MS;
  if (!scheduleToCloseTimeoutMs || !scheduledTimestampMs) return attemptEnds;
  const activityEnds =
    scheduledTimestampMs + scheduleToCloseTimeoutMs - Math.min(MARGIN_MS, scheduleToCloseTimeoutMs / 4);
  return Math.min(attemptEnds, activityEnds);
}

export function attemptFence(deadline = attemptDeadline()): Fence {
  return () => {
    if (Date.now() > deadline) {
      throw ApplicationFailure.retryable('the attempt ran past its deadline; a later attempt writes instead', 'Fenced');
    }
  };
}
