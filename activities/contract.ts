/** The activities the case workflow calls, as types only (workflows import this file with `import type`). */
import type { AiAnswer, TriageResult } from './ai/types';
import type { Actor, CaseIntake, CaseMessage, CaseState } from '../workflows/case/contract';
import type { Priority } from '../workflows/case/domain';

export interface CaseEvent {
  seq: number;
  type: string;
  at: string;
  actor: Actor;
  data: Record<string, unknown>;
}

/** One step of a case: the new read model, the events and messages since the last step. */
export interface TransitionBatch {
  caseId: string;
  version: number;
  state: CaseState;
  events: CaseEvent[];
  messages: CaseMessage[];
  create?: { intake: CaseIntake; createdAt: string };
}

export interface RouteRequest {
  caseId: string;
  taskId: string;
  skills: string[];
  priority: Priority;
  exclude: string[];
  prefer: string | null;
  supervisorOnly: boolean;
}

export interface Notification {
  kind: string;
  caseId: string;
  at: string;
  data: Record<string, unknown>;
}

export interface CaseActivities {
  recordTransition(batch: TransitionBatch): Promise<void>;
  triageCase(intake: CaseIntake): Promise<TriageResult>;
  draftAnswer(input: { caseId: string; intake: CaseIntake }): Promise<AiAnswer>;
  /** reserves a slot of the best online agent for the task; null when nobody fits now */
  routeTask(req: RouteRequest): Promise<string | null>;
  /** gives the agent's slot back; with dispatch, offers the agent the next queued task */
  releaseAgentSlot(input: { agentId: string; taskId: string; dispatch: boolean }): Promise<void>;
  notify(n: Notification): Promise<void>;
}
