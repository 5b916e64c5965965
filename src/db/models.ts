/** The collections that outlive a workflow: cases (read model), tasks, the event log, agents, intakes. */
import { Schema, model, type InferSchemaType } from 'mongoose';

const Mixed = Schema.Types.Mixed;

const messageSchema = new Schema(
  { id: String, from: String, text: String, at: Date, authorId: String },
  { _id: false },
);

const caseSchema = new Schema(
  {
    _id: String,
    status: { type: String, required: true },
    priority: { type: String, required: true },
    channel: String,
    subject: String,
    customer: { id: String, email: String, name: String },
    locale: String,
    orderRef: String,
    topic: String,
    skills: [String],
    aiAnswer: { type: Mixed, default: null },
    escalation: { type: Mixed, default: null },
    task: { type: Mixed, default: null },
    sla: { type: Mixed, default: null },
    resolution: { type: Mixed, default: null },
    waitingOn: String,
    deadline: { type: Mixed, default: null },
    messages: [messageSchema],
    /** ids of the stored messages, so a retried write appends nothing twice */
    messageIds: { type: [String], default: [] },
    /** flattened copies of nested fields, for filters and statistics */
    escalationReason: { type: String, default: null },
    assignee: { type: String, default: null },
    breached: { type: Boolean, default: false },
    resolvedBy: { type: String, default: null },
    reopenCount: { type: Number, default: 0 },
    firstResponseMs: { type: Number, default: null },
    feedback: { type: Mixed, default: null },
    /** an earlier case of the same customer resolved within the reopen window before this one started */
    repeatOf: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    resolvedAt: { type: Date, default: null },
    version: { type: Number, default: 0 },
  },
  { minimize: false, versionKey: false, collection: 'cases' },
);
caseSchema.index({ createdAt: -1, _id: -1 });
caseSchema.index({ status: 1, createdAt: -1, _id: -1 });
caseSchema.index({ priority: 1, createdAt: -1, _id: -1 });
caseSchema.index({ escalationReason: 1, createdAt: -1, _id: -1 });
caseSchema.index({ assignee: 1, createdAt: -1, _id: -1 });
caseSchema.index({ breached: 1, createdAt: -1, _id: -1 });
caseSchema.index({ 'customer.id': 1, createdAt: -1 });

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
    version: { type: Number, default: 0 },
  },
  { minimize: false, versionKey: false, collection: 'tasks' },
);
taskSchema.index({ status: 1, priorityRank: -1, nextDueAt: 1 });
taskSchema.index({ caseId: 1 });
taskSchema.index({ assignee: 1, status: 1 });

const eventSchema = new Schema(
  {
    _id: String,
    caseId: { type: String, required: true },
    seq: { type: Number, required: true },
    type: { type: String, required: true },
    at: { type: Date, required: true },
    actor: { type: Mixed, required: true },
    data: { type: Mixed, default: {} },
  },
  { minimize: false, versionKey: false, collection: 'events' },
);
eventSchema.index({ caseId: 1, seq: 1 }, { unique: true });
eventSchema.index({ type: 1, at: 1 });

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
  { minimize: false, versionKey: false, collection: 'agents' },
);
agentSchema.index({ status: 1 });

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
  { versionKey: false, collection: 'slots' },
);
slotSchema.index({ agentId: 1, taskId: 1 }, { unique: true });
slotSchema.index({ taskId: 1 });

/** Intake idempotency: one row per (customer, Idempotency-Key), kept after the workflow is gone. */
const intakeSchema = new Schema(
  {
    customerId: { type: String, required: true },
    key: { type: String, required: true },
    caseId: { type: String, required: true },
    /** the whole request, so a replay can finish a start that failed half-way */
    payload: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false, collection: 'intakes' },
);
intakeSchema.index({ customerId: 1, key: 1 }, { unique: true });
intakeSchema.index({ caseId: 1 });

export const CaseModel = model('Case', caseSchema);
export const TaskModel = model('Task', taskSchema);
export const EventModel = model('Event', eventSchema);
export const AgentModel = model('Agent', agentSchema);
export const IntakeModel = model('Intake', intakeSchema);
export const SlotModel = model('Slot', slotSchema);

export type CaseDoc = InferSchemaType<typeof caseSchema>;
export type TaskDoc = InferSchemaType<typeof taskSchema>;
export type AgentDoc = InferSchemaType<typeof agentSchema>;
export type EventDoc = InferSchemaType<typeof eventSchema>;

export const ALL_MODELS = [CaseModel, TaskModel, EventModel, AgentModel, IntakeModel, SlotModel];
