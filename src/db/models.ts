/**
 * The collections. Those that grow with the cases are keyed: read and written by `_id` only (ids are
 * built from what the reader already knows: the case id, the customer id, a page or a day). Those
 * bounded by live work (open tasks, agents, slots, the stats outbox) may be scanned.
 */
import { Schema, model, type InferSchemaType } from 'mongoose';
import { accessRule } from './keyed-access';

const Mixed = Schema.Types.Mixed;
const options = { minimize: false, versionKey: false } as const;

/** The read model of a case, written only by its workflow (through the recordTransition activity). */
const caseSchema = new Schema(
  {
    _id: String,
    version: { type: Number, default: 0 },
    status: { type: String, required: true },
    priority: { type: String, required: true },
    channel: String,
    subject: String,
    customer: { id: String, email: String, name: String },
    locale: String,
    orderRef: String,
    language: { type: String, default: null },
    topic: { type: String, default: null },
    skills: [String],
    aiAnswer: { type: Mixed, default: null },
    escalation: { type: Mixed, default: null },
    task: { type: Mixed, default: null },
    sla: { type: Mixed, default: null },
    resolution: { type: Mixed, default: null },
    waitingOn: String,
    deadline: { type: Mixed, default: null },
    reopenCount: { type: Number, default: 0 },
    /** the timeouts and SLA targets the case started with */
    policy: { type: Mixed, default: null },
    /** an earlier case of the same customer resolved within the reopen window before this one started */
    repeatOf: { type: String, default: null },
    /** events written so far (seq 1..eventSeq): full pages in `journal`, the page being filled here */
    eventSeq: { type: Number, default: 0 },
    journal: { type: Mixed, default: {} },
    /** hash of the intake request (Idempotency-Key replays must match it) */
    intakeHash: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    resolvedAt: { type: Date, default: null },
  },
  options,
);
accessRule(caseSchema, 'cases', 'keyed');

/** Full pages of the audit trail, JOURNAL_PAGE events each: `_id` = `<caseId>:<page>`, events under `items.s<seq>`. */
const journalSchema = new Schema(
  { _id: String, caseId: String, page: Number, items: { type: Mixed, default: {} } },
  options,
);
accessRule(journalSchema, 'journal', 'keyed');

/** Open human tasks only (a closed task is deleted): the queue agents claim from. */
const taskSchema = new Schema(
  {
    _id: String,
    caseId: { type: String, required: true },
    status: { type: String, required: true },
    priority: String,
    priorityRank: Number,
    skills: [String],
    reason: String,
    level: Number,
    assignee: { type: String, default: null },
    supervisorOnly: { type: Boolean, default: false },
    excluded: { type: [{ agentId: String, until: Date, _id: false }], default: [] },
    createdAt: Date,
    firstResponseDueAt: { type: Date, default: null },
    resolutionDueAt: { type: Date, default: null },
    /** the nearest SLA due date, for "most urgent first" */
    nextDueAt: { type: Date, default: null },
  },
  options,
);
accessRule(taskSchema, 'tasks', 'bounded');

/** Cases not closed yet, so the reconciliation sweep can hold each against its workflow. */
const openCaseSchema = new Schema({ _id: String, createdAt: Date }, options);
accessRule(openCaseSchema, 'open_cases', 'bounded');

/** One document per customer: how many cases they opened, and their last resolution. */
const customerSchema = new Schema(
  {
    _id: String,
    caseCount: { type: Number, default: 0 },
    lastResolved: { type: Mixed, default: null },
  },
  options,
);
accessRule(customerSchema, 'customers', 'keyed');

/**
 * A customer's cases in order: `_id` = `<customerId>#<n>`, taken by a unique insert, and a hint of the
 * next free number at `<customerId>#next`.
 */
const customerCaseSchema = new Schema({ _id: String, caseId: String, createdAt: Date, n: Number }, options);
accessRule(customerCaseSchema, 'customer_cases', 'keyed');

/** Satisfaction, once per case (unique insert). */
const feedbackSchema = new Schema(
  { _id: String, rating: Number, comment: { type: String, default: null }, at: Date, actor: Mixed },
  options,
);
accessRule(feedbackSchema, 'feedback', 'keyed');

/** When a case's customer tokens were last rotated: tokens issued before `notBefore` (seconds) are refused. */
const caseTokenSchema = new Schema({ _id: String, notBefore: Number }, options);
accessRule(caseTokenSchema, 'case_tokens', 'keyed');

/** A case's latest figures waiting to be folded into the rollups; drained by the folder. */
const outboxSchema = new Schema({ _id: String, key: String, v: Number, c: Mixed, at: Date }, options);
accessRule(outboxSchema, 'stats_outbox', 'bounded');

/** The figures of each case as last folded, owned by the folder: `_id` = the contribution key. */
const contributionSchema = new Schema({ _id: String, v: Number, c: Mixed }, options);
accessRule(contributionSchema, 'stats_contributions', 'keyed');

/** The folder's commit log: each fold with the absolute values it writes. */
const foldSchema = new Schema(
  { _id: String, n: Number, outboxIds: [String], contributions: Mixed, rollups: Mixed, at: Date },
  options,
);
accessRule(foldSchema, 'stats_folds', 'keyed');

/** Statistics: `total`, one document per UTC day (`day:YYYY-MM-DD`), and the folder's `meta`. */
const rollupSchema = new Schema({ _id: String, counts: { type: Mixed, default: {} }, fold: Number }, options);
accessRule(rollupSchema, 'stats_rollups', 'keyed');

const agentSchema = new Schema(
  {
    _id: String,
    name: String,
    role: { type: String, default: 'agent' },
    status: { type: String, default: 'offline' },
    skills: { type: [String], default: [] },
    capacity: { type: Number, default: 1 },
    lastAssignedAt: { type: Date, default: () => new Date(0) },
    updatedAt: Date,
  },
  options,
);
accessRule(agentSchema, 'agents', 'bounded');

/**
 * One document per task an agent holds, with `_id` = agent id and slot number. Holding is decided by a
 * unique insert, the one write every MongoDB-compatible server serialises, so no agent goes above
 * capacity and no task is held twice even under concurrent claims and assignments.
 */
const slotSchema = new Schema(
  {
    _id: String,
    agentId: { type: String, required: true },
    taskId: { type: String, required: true },
    at: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
slotSchema.index({ agentId: 1, taskId: 1 }, { unique: true });
accessRule(slotSchema, 'slots', 'bounded');

export const CaseModel = model('Case', caseSchema);
export const JournalModel = model('Journal', journalSchema);
export const TaskModel = model('Task', taskSchema);
export const OpenCaseModel = model('OpenCase', openCaseSchema);
export const CustomerModel = model('Customer', customerSchema);
export const CustomerCaseModel = model('CustomerCase', customerCaseSchema);
export const FeedbackModel = model('Feedback', feedbackSchema);
export const CaseTokenModel = model('CaseToken', caseTokenSchema);
export const OutboxModel = model('StatsOutbox', outboxSchema);
export const ContributionModel = model('StatsContribution', contributionSchema);
export const FoldModel = model('StatsFold', foldSchema);
export const RollupModel = model('StatsRollup', rollupSchema);
export const AgentModel = model('Agent', agentSchema);
export const SlotModel = model('Slot', slotSchema);

export type CaseDoc = InferSchemaType<typeof caseSchema>;
export type TaskDoc = InferSchemaType<typeof taskSchema>;
export type AgentDoc = InferSchemaType<typeof agentSchema>;

export const ALL_MODELS = [
  CaseModel,
  JournalModel,
  TaskModel,
  OpenCaseModel,
  CustomerModel,
  CustomerCaseModel,
  FeedbackModel,
  CaseTokenModel,
  OutboxModel,
  ContributionModel,
  FoldModel,
  RollupModel,
  AgentModel,
  SlotModel,
];
