/**
 * The case's messages: each Update turns its argument into a transition, whose guard (next to it in
 * transitions.ts) is the Update's validator, so a request that does not fit leaves no trace in history.
 */
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';
import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import {
  CONFLICT,
  FORBIDDEN,
  LIMIT_REACHED,
  agentUnavailableSignal,
  assignUpdate,
  claimUpdate,
  confirmUpdate,
  customerMessageUpdate,
  releaseUpdate,
  replyUpdate,
  requestHumanUpdate,
  resolveUpdate,
  rewriteSignal,
  setPriorityUpdate,
  stateQuery,
  type CaseState,
} from './contract';
import type { CaseRuntime } from './runtime';
import type { CaseCommand, Rejection } from './transitions';

const FAILURE_TYPES: Record<Rejection['type'], string> = {
  conflict: CONFLICT,
  forbidden: FORBIDDEN,
  limit: LIMIT_REACHED,
};

function refuse(rejection: Rejection | null): void {
  if (rejection) {
    throw ApplicationFailure.create({
      type: FAILURE_TYPES[rejection.type],
      message: rejection.message,
      nonRetryable: true,
    });
  }
}

export function registerHandlers(rt: CaseRuntime): void {
  const update = <Args extends unknown[]>(
    def: UpdateDefinition<CaseState, Args>,
    command: (...args: Args) => CaseCommand,
  ) =>
    setHandler(
      def,
      async (...args: Args) => {
        rt.apply(command(...args));
        await rt.flush();
        return rt.s;
      },
      { validator: (...args: Args) => refuse(rt.check(command(...args))) },
    );
  const signal = <Args extends unknown[]>(def: SignalDefinition<Args>, command: (...args: Args) => CaseCommand) =>
    setHandler(def, (...args: Args) => rt.apply(command(...args)));

  setHandler(stateQuery, () => {
    rt.refreshDeadline();
    return rt.s;
  });

  update(confirmUpdate, (req) => ({ type: 'confirm', ...req }));
  update(requestHumanUpdate, (req) => ({ type: 'request_human', ...req }));
  update(customerMessageUpdate, (req) => ({ type: 'customer_message', ...req }));
  update(claimUpdate, (staff) => ({ type: 'claim', staff }));
  update(assignUpdate, (req) => ({ type: 'assign', ...req }));
  update(replyUpdate, ({ agentId, role, ...rest }) => ({ type: 'reply', staff: { agentId, role }, ...rest }));
  update(resolveUpdate, ({ agentId, role, ...rest }) => ({ type: 'resolve', staff: { agentId, role }, ...rest }));
  update(releaseUpdate, (staff) => ({ type: 'release', staff }));
  update(setPriorityUpdate, (req) => ({ type: 'set_priority', ...req }));

  signal(agentUnavailableSignal, (req) => ({ type: 'agent_unavailable', ...req }));
  setHandler(rewriteSignal, () => {
    rt.rewrite();
  });
}
