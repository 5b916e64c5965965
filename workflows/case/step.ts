/**
 * One step of a case as plain, deterministic code (no Temporal): it changes the model and collects the
 * events to store and the effects to run. The workflow runs the effects in the order they were asked for.
 */
import type { Actor, CaseMessage, StaffRef, TaskView } from './contract';
import type { CaseStatus, EscalationReason, Priority } from './domain';
import type { CaseEvent } from './io';
import { RECENT_MESSAGE_IDS, type CaseModel } from './model';
import { resume, startSla, withDueDates } from './sla';
import { STATUS } from './status';

export const SYSTEM: Actor = { type: 'system' };

export type Effect =
  /** send a notification (webhook or log) */
  | { type: 'notify'; kind: string; data: Record<string, unknown> }
  /** look for the best online agent for the open task */
  | { type: 'route' }
  /** give an agent's slot back (and offer the agent the next queued task) */
  | { type: 'release_slot'; agentId: string; taskId: string }
  /** stop the AI call in flight: a person has the case now */
  | { type: 'cancel_ai' };

export const staffActor = (staff: StaffRef): Actor => ({ type: staff.role, id: staff.agentId });

export class Step {
  readonly events: CaseEvent[] = [];
  readonly effects: Effect[] = [];
  /** something changed what the case waits for */
  changed = false;

  constructor(
    readonly m: CaseModel,
    readonly now: number,
  ) {}

  get s() {
    return this.m.s;
  }

  get policy() {
    return this.m.s.policy;
  }

  get customer(): Actor {
    return { type: 'customer', id: this.m.customerId };
  }

  iso(at = this.now): string {
    return new Date(at).toISOString();
  }

  get human(): boolean {
    return STATUS[this.s.status].human;
  }

  emit(type: string, actor: Actor, data: Record<string, unknown> = {}): void {
    this.events.push({ seq: ++this.m.eventSeq, type, at: this.iso(), actor, data });
  }

  effect(e: Effect): void {
    this.effects.push(e);
  }

  notify(kind: string, data: Record<string, unknown> = {}): void {
    this.effect({ type: 'notify', kind, data });
  }

  addMessage(message: CaseMessage, actor: Actor): void {
    const tally = this.m.messages;
    tally.count += 1;
    tally.bytes += utf8Length(message.text);
    tally.recentIds = [...tally.recentIds, message.id].slice(-RECENT_MESSAGE_IDS);
    this.emit('message', actor, { messageId: message.id, from: message.from, text: message.text });
  }

  setStatus(status: CaseStatus, actor: Actor, data: Record<string, unknown> = {}): void {
    const from = this.s.status;
    if (from === status) return;
    this.s.status = status;
    this.emit('status_changed', actor, { from, to: status, ...data });
    this.changed = true;
  }

  changePriority(priority: Priority, actor: Actor, why: string): void {
    const from = this.s.priority;
    if (from === priority) return;
    this.s.priority = priority;
    if (this.s.sla) this.s.sla = withDueDates(this.s.sla, this.policy, priority, this.now);
    this.emit('priority_changed', actor, { from, to: priority, why });
    this.changed = true;
  }

  escalate(reason: EscalationReason, actor: Actor, data: Record<string, unknown> = {}): void {
    const previous = this.s.escalation?.level ?? 0;
    const level = reason === 'sla_breach' ? previous + 1 : Math.max(previous, 1);
    this.s.escalation = { reason, level, at: this.iso() };
    this.emit('escalated', actor, { reason, level, ...data });
    if (!this.s.task || this.s.task.status === 'closed') this.openTask(reason);
    if (!this.s.sla) this.s.sla = startSla(this.policy, this.s.priority, this.now);
    if (!this.human) this.setStatus('escalated', actor, { reason });
    this.effect({ type: 'cancel_ai' });
    this.notify('case.escalated', { reason, level });
    this.effect({ type: 'route' });
  }

  private openTask(reason: EscalationReason): void {
    const suffix = this.s.caseId.replace(/^c_/, '');
    this.s.task = {
      taskId: `t_${suffix}_${++this.m.taskSeq}`,
      status: 'open',
      assignee: null,
      skills: this.s.skills,
      reason,
      createdAt: this.iso(),
      assignedAt: null,
      excluded: [],
      supervisorOnly: false,
    };
    this.emit('task_opened', SYSTEM, { taskId: this.s.task.taskId, reason, skills: this.s.task.skills });
  }

  assign(agentId: string, by: Actor): void {
    const task = this.s.task as TaskView;
    const previous = task.assignee;
    if (previous && previous !== agentId) this.releaseSlot(previous);
    task.status = 'assigned';
    task.assignee = agentId;
    task.assignedAt = this.iso();
    this.m.clocks.lastAgentActivityAt = this.now;
    this.emit('assigned', by, { taskId: task.taskId, agentId, previous });
    if (this.s.status === 'escalated') this.setStatus('assigned', by);
    this.changed = true;
    this.notify('task.assigned', { taskId: task.taskId, agentId });
  }

  /** The task goes back to the queue; `exclude` keeps it from the same agent for a while. */
  unassign(actor: Actor, why: string, exclude: boolean): void {
    const task = this.s.task;
    // a closed task keeps the name of its last holder; only a held task can be handed back
    if (task?.status !== 'assigned' || !task.assignee) return;
    const agentId = task.assignee;
    task.assignee = null;
    task.assignedAt = null;
    task.status = 'open';
    if (exclude) {
      const until = this.iso(this.now + this.policy.assignmentTimeoutMs);
      task.excluded = [...task.excluded.filter((e) => e.agentId !== agentId), { agentId, until }];
    }
    this.emit('unassigned', actor, { taskId: task.taskId, agentId, why });
    this.releaseSlot(agentId);
    if (this.s.status === 'assigned') this.setStatus('escalated', actor, { why });
    this.changed = true;
    this.effect({ type: 'route' });
  }

  releaseSlot(agentId: string): void {
    this.effect({ type: 'release_slot', agentId, taskId: (this.s.task as TaskView).taskId });
  }

  markFirstResponse(actor: Actor): void {
    const sla = this.s.sla;
    if (!sla || sla.firstResponseAt) return;
    sla.firstResponseAt = this.iso();
    this.emit('first_response', actor, {
      responseMs: this.now - Date.parse(sla.startedAt) - sla.pausedMs,
      withinSla: this.now <= Date.parse(sla.firstResponseDueAt),
    });
  }

  resolve(by: 'ai' | 'agent' | 'system', actor: Actor, summary: string, confirmed: boolean | null): void {
    const task = this.s.task;
    if (task && task.status !== 'closed') {
      if (task.assignee) this.releaseSlot(task.assignee);
      task.status = 'closed';
      this.emit('task_closed', actor, { taskId: task.taskId });
    }
    if (this.s.sla?.pausedSince) this.s.sla = resume(this.s.sla, this.policy, this.s.priority, this.now);
    const agentId = actor.type === 'agent' || actor.type === 'supervisor' ? actor.id : undefined;
    this.s.resolution = { by, confirmed, summary, at: this.iso(), ...(agentId ? { agentId } : {}) };
    this.s.resolvedAt = this.s.resolution.at;
    this.setStatus('resolved', actor, { by, summary });
    this.notify('case.resolved', { by });
  }
}

/** UTF-8 length without encoders (the workflow sandbox has none). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
