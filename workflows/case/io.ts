/**
 * The types that cross from the case workflow into its activities and the database: the workflow
 * contract owns them, activities and stores implement them.
 */
import type { Actor, CaseIntake, CaseMessage, CaseState } from './contract';
import type { CaseStatus, EscalationReason, Priority, Resolver } from './domain';

export interface CaseEvent {
  seq: number;
  type: string;
  at: string;
  actor: Actor;
  data: Record<string, unknown>;
}

/** Figures counted per UTC day ('YYYY-MM-DD'), as a case's events happened. */
export interface DayCounts {
  started?: number;
  escalations?: Partial<Record<EscalationReason, number>>;
  slaWarnings?: number;
  slaBreaches?: number;
  resolved?: Partial<Record<Resolver, number>>;
  reopened?: number;
  /** each first response of an SLA cycle, in ms of running clock */
  firstResponseMs?: number[];
}

/**
 * What one case adds to the statistics, absolute (not a change): its current status and flags, and
 * everything it has counted so far. Folding keeps the last one per case, so a retried or repeated
 * write can never count twice and a lost one is made good by the next.
 */
export interface CaseContribution {
  status: CaseStatus;
  resolvedBy: Resolver | null;
  aiConfirmed: boolean;
  escalated: boolean;
  reopened: boolean;
  repeat: boolean;
  atRisk: boolean;
  task: 'open' | 'assigned' | null;
  days: Record<string, DayCounts>;
}

/** One step of a case: the new read model and the events since the last step. */
export interface TransitionBatch {
  caseId: string;
  /** absent from release 0.1 steps */
  customerId?: string;
  /** moves up by one per step; a step is written once, in order */
  version: number;
  state: CaseState;
  events: CaseEvent[];
  /** the case's figures after this step; absent when they did not change */
  contribution?: CaseContribution;
  /** the task changed (or closed) in this step */
  taskChanged?: boolean;
  /** the first step of a case */
  create?: {
    intake: CaseIntake;
    createdAt: string;
    intakeHash?: string;
    repeatOf?: string | null;
  };
  /** release 0.1 sent messages apart as well; they are in `events` too */
  messages?: CaseMessage[];
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

/** What the AI sees of a case: the customer's own words (secrets already redacted). */
export interface CaseText {
  subject: string;
  message: string;
  locale?: string;
  orderRef?: string;
  /** the detected language, when known (BCP 47) */
  language?: string;
}

/** Result of the rule-based triage that runs before any AI answer. Rules always win over a model. */
export interface TriageResult {
  /** true: the case goes straight to a human, no AI answer. */
  escalate: boolean;
  /** set when escalate is true */
  reason: Extract<EscalationReason, 'sensitive_topic' | 'negative_sentiment' | 'language'> | null;
  priority: Priority;
  /** best guess of the topic, e.g. 'refunds', 'payments', 'fraud', 'hardship', 'complaint', 'general' */
  topic: string;
  /** skills a human agent needs for this case, used for routing (e.g. ['fraud'], ['payments', 'lang:de']) */
  skills: string[];
  /** comparative sentiment score (negative = unhappy) */
  sentiment: number;
  /** which rules fired, e.g. ['fraud', 'abusive'] */
  flags: string[];
  /** the detected language (BCP 47: 'en', 'de', 'sv', 'no'...; 'und' when unknown); absent from release 0.1 results */
  language?: string;
}

export interface AiAnswer {
  text: string;
  /** 0..1, calibrated: below the configured threshold the case escalates with low_confidence */
  confidence: number;
  /** article ids the answer relies on */
  sources: string[];
  topic: string;
  /** the resolver itself says a human should take this */
  needsHuman: boolean;
}

/** The activities of the case workflow. */
export interface CaseActivities {
  recordTransition(batch: TransitionBatch): Promise<void>;
  triageCase(intake: CaseIntake): Promise<TriageResult>;
  draftAnswer(input: { caseId: string; intake: CaseIntake; language?: string }): Promise<AiAnswer>;
  /** reserves a slot of the best online agent for the task; null when nobody fits now */
  routeTask(req: RouteRequest): Promise<string | null>;
  /** gives the agent's slot back; with dispatch, offers the agent the next queued task */
  releaseAgentSlot(input: { agentId: string; taskId: string; dispatch: boolean }): Promise<void>;
  notify(n: Notification): Promise<void>;
}
