/** The state of one running case and its transitions (workflow code: deterministic, no I/O but activities). */
import { proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import type { CaseActivities, CaseEvent } from '../../activities/contract';
import type {
  Actor,
  CarriedState,
  CaseClocks,
  CaseMessage,
  CaseState,
  CaseWorkflowInput,
  StaffRef,
  TaskView,
} from './contract';
import type { CaseStatus, EscalationReason, Priority, WaitingOn } from './domain';
import { raisePriority } from './domain';
import {
  AssigneeKey,
  CasePriorityKey,
  CaseStatusKey,
  EscalationReasonKey,
  NextDeadlineKey,
  SlaBreachedKey,
} from './search-attributes';
import { pause, pendingSlaTimers, resume, startSla, withDueDates, type SlaTimer } from './sla';

const io = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
});
/** routing may fail without harm: the dispatcher and the next timer offer the task again */
const router = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumAttempts: 5 },
});
const notifier = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '2s', backoffCoefficient: 2, maximumAttempts: 5 },
});

export const SYSTEM: Actor = { type: 'system' };
const HUMAN: CaseStatus[] = ['escalated', 'assigned', 'waiting_on_customer'];
const WAITING_ON: Record<CaseStatus, WaitingOn> = {
  triaging: 'triage',
  ai_resolving: 'ai',
  awaiting_confirmation: 'customer_confirmation',
  escalated: 'agent',
  assigned: 'agent',
  waiting_on_customer: 'customer_reply',
  resolved: 'reopen_window',
  closed: 'nothing',
};

export interface Timer {
  at: number;
  action: string;
  fire: () => void;
}

const staffActor = (staff: StaffRef): Actor => ({ type: staff.role, id: staff.agentId });

export class CaseRun {
  readonly s: CaseState;
  readonly clocks: CaseClocks;
  private eventSeq: number;
  private taskSeq: number;
  private version: number;
  private created: boolean;
  private pendingEvents: CaseEvent[] = [];
  private pendingMessages: CaseMessage[] = [];
  private writes: Promise<void> = Promise.resolve();
  private background = new Set<Promise<unknown>>();
  private publishedAttributes = '';
  private routing = false;
  /** set whenever something changes what the case waits for; the main loop clears it */
  changed = false;
  cancelAi: (() => void) | null = null;

  constructor(readonly input: CaseWorkflowInput) {
    const c = input.carried;
    this.created = !!c;
    this.eventSeq = c?.eventSeq ?? 0;
    this.taskSeq = c?.taskSeq ?? 0;
    this.version = c?.version ?? 0;
    this.clocks = c?.clocks ?? {
      confirmationDueAt: 0,
      customerReplyDueAt: 0,
      lastAgentActivityAt: 0,
      lastReminderAt: 0,
    };
    this.s = c?.state ?? {
      caseId: input.caseId,
      status: 'triaging',
      priority: 'normal',
      waitingOn: 'triage',
      deadline: null,
      aiAnswer: null,
      escalation: null,
      task: null,
      sla: null,
      resolution: null,
      topic: null,
      skills: [],
      reopenCount: 0,
      resolvedAt: null,
      policy: input.policy,
      updatedAt: input.createdAt,
    };
  }

  get policy() {
    return this.input.policy;
  }

  /** the status as of now (a handler may have changed it while the caller awaited) */
  statusNow(): CaseStatus {
    return this.s.status;
  }

  get isHuman(): boolean {
    return HUMAN.includes(this.s.status);
  }

  now(): number {
    return Date.now();
  }

  nowIso(): string {
    return new Date().toISOString();
  }

  emit(type: string, actor: Actor, data: Record<string, unknown> = {}): void {
    this.pendingEvents.push({ seq: ++this.eventSeq, type, at: this.nowIso(), actor, data });
  }

  addMessage(message: CaseMessage, actor: Actor): void {
    this.pendingMessages.push(message);
    this.emit('message', actor, { messageId: message.id, from: message.from, text: message.text });
  }

  setStatus(status: CaseStatus, actor: Actor, data: Record<string, unknown> = {}): void {
    const from = this.s.status;
    if (from === status) return;
    this.s.status = status;
    this.emit('status_changed', actor, { from, to: status, ...data });
    this.changed = true;
  }

  /** Persists everything since the last flush; writes are chained so they land in order. */
  flush(): Promise<void> {
    this.writes = this.writes.then(async () => {
      if (!this.pendingEvents.length && !this.pendingMessages.length && this.created) return;
      this.refreshDeadline();
      this.s.updatedAt = this.nowIso();
      const batch = {
        caseId: this.s.caseId,
        version: ++this.version,
        state: JSON.parse(JSON.stringify(this.s)) as CaseState,
        events: this.pendingEvents.splice(0),
        messages: this.pendingMessages.splice(0),
        create: this.created ? undefined : { intake: this.input.intake, createdAt: this.input.createdAt },
      };
      this.created = true;
      this.publishSearchAttributes();
      await io.recordTransition(batch);
    });
    return this.writes;
  }

  /** Upserts the search attributes when they changed (each upsert is a history event). */
  private publishSearchAttributes(): void {
    const { s } = this;
    const attributes = [
      { key: CaseStatusKey, value: s.status },
      { key: CasePriorityKey, value: s.priority },
      { key: EscalationReasonKey, value: s.escalation?.reason ?? null },
      { key: AssigneeKey, value: s.task?.status === 'assigned' ? s.task.assignee : null },
      { key: NextDeadlineKey, value: s.deadline ? new Date(s.deadline.at) : null },
      { key: SlaBreachedKey, value: (s.sla?.breaches.length ?? 0) > 0 },
    ];
    const fingerprint = JSON.stringify(attributes.map((a) => a.value));
    if (fingerprint === this.publishedAttributes) return;
    this.publishedAttributes = fingerprint;
    upsertSearchAttributes(attributes);
  }

  /** Keeps background work (routing, notifications, slot releases) until it settles. */
  private track(work: Promise<unknown>): void {
    const tracked: Promise<unknown> = work.finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  notify(kind: string, data: Record<string, unknown> = {}): void {
    this.track(notifier.notify({ kind, caseId: this.s.caseId, at: this.nowIso(), data }).catch(() => undefined));
  }

  /** Waits for background work (routing, notifications, writes) before the run ends. */
  async settle(): Promise<void> {
    while (this.background.size) await Promise.all([...this.background]);
    await this.flush();
  }

  carried(): CarriedState {
    return {
      state: this.s,
      clocks: this.clocks,
      eventSeq: this.eventSeq,
      taskSeq: this.taskSeq,
      version: this.version,
    };
  }

  // ---- the AI half ----

  awaitConfirmation(): void {
    this.clocks.confirmationDueAt = this.now() + this.policy.confirmationTimeoutMs;
    this.setStatus('awaiting_confirmation', { type: 'ai' });
  }

  confirm(resolved: boolean, comment: string | undefined, customer: Actor): void {
    this.emit('confirmation', customer, { resolved, comment: comment ?? null });
    if (resolved) this.resolve('ai', customer, 'AI answer confirmed by the customer', true);
    else this.escalate('customer_rejected', customer, { comment: comment ?? null });
  }

  // ---- human work ----

  escalate(reason: EscalationReason, actor: Actor, data: Record<string, unknown> = {}): void {
    const previous = this.s.escalation?.level ?? 0;
    const level = reason === 'sla_breach' ? previous + 1 : Math.max(previous, 1);
    this.s.escalation = { reason, level, at: this.nowIso() };
    this.emit('escalated', actor, { reason, level, ...data });
    if (!this.s.task || this.s.task.status === 'closed') this.openTask(reason);
    if (!this.s.sla) this.s.sla = startSla(this.policy, this.s.priority, this.now());
    if (!this.isHuman) this.setStatus('escalated', actor, { reason });
    this.cancelAi?.();
    this.notify('case.escalated', { reason, level });
    this.route();
  }

  private openTask(reason: EscalationReason): void {
    const suffix = this.s.caseId.replace(/^c_/, '');
    this.s.task = {
      taskId: `t_${suffix}_${++this.taskSeq}`,
      status: 'open',
      assignee: null,
      skills: this.s.skills,
      reason,
      createdAt: this.nowIso(),
      assignedAt: null,
      excluded: [],
      supervisorOnly: false,
    };
    this.emit('task_opened', SYSTEM, { taskId: this.s.task.taskId, reason, skills: this.s.task.skills });
  }

  /** after a reopen, the agent who resolved the case is asked first */
  preferredAgent: string | null = null;

  private takePreferredAgent(): string | null {
    const agent = this.preferredAgent;
    this.preferredAgent = null;
    return agent;
  }

  /** Asks the router for the best online agent; the task may be claimed meanwhile. */
  route(): void {
    const task = this.s.task;
    if (this.routing || !task || task.status !== 'open' || this.s.status !== 'escalated') return;
    this.routing = true;
    const now = this.now();
    const routed = router
      .routeTask({
        caseId: this.s.caseId,
        taskId: task.taskId,
        skills: task.skills,
        priority: this.s.priority,
        exclude: task.excluded.filter((e) => Date.parse(e.until) > now).map((e) => e.agentId),
        prefer: this.takePreferredAgent(),
        supervisorOnly: task.supervisorOnly,
      })
      .then(async (agentId) => {
        this.routing = false;
        if (!agentId) return;
        const current = this.s.task;
        if (current?.taskId === task.taskId && current.status === 'open' && this.s.status === 'escalated') {
          this.assign(agentId, { type: 'system', id: 'router' });
          await this.flush();
        } else {
          await io.releaseAgentSlot({ agentId, taskId: task.taskId, dispatch: true });
        }
      })
      .catch(() => {
        this.routing = false;
      });
    this.track(routed);
  }

  assign(agentId: string, by: Actor): void {
    const task = this.s.task as TaskView;
    const previous = task.assignee;
    if (previous && previous !== agentId) this.releaseSlot(previous);
    task.status = 'assigned';
    task.assignee = agentId;
    task.assignedAt = this.nowIso();
    this.clocks.lastAgentActivityAt = this.now();
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
      const until = new Date(this.now() + this.policy.assignmentTimeoutMs).toISOString();
      task.excluded = [...task.excluded.filter((e) => e.agentId !== agentId), { agentId, until }];
    }
    this.emit('unassigned', actor, { taskId: task.taskId, agentId, why });
    this.releaseSlot(agentId);
    if (this.s.status === 'assigned') this.setStatus('escalated', actor, { why });
    this.changed = true;
    this.route();
  }

  private releaseSlot(agentId: string): void {
    const taskId = (this.s.task as TaskView).taskId;
    this.track(io.releaseAgentSlot({ agentId, taskId, dispatch: true }).catch(() => undefined));
  }

  holderProblem(staff: StaffRef): { type: 'conflict' | 'forbidden'; message: string } | null {
    const task = this.s.task;
    if (!task || task.status !== 'assigned' || !this.isHuman) {
      return { type: 'conflict', message: `no agent holds this case's task (status ${this.s.status})` };
    }
    if (task.assignee !== staff.agentId && staff.role !== 'supervisor') {
      return { type: 'forbidden', message: 'another agent holds this task' };
    }
    return null;
  }

  reply(staff: StaffRef & { messageId: string; text: string; waitForCustomer: boolean }): void {
    const actor = staffActor(staff);
    this.addMessage(
      { id: staff.messageId, from: 'agent', text: staff.text, at: this.nowIso(), authorId: staff.agentId },
      actor,
    );
    this.markFirstResponse(actor);
    this.clocks.lastAgentActivityAt = this.now();
    this.changed = true;
    this.notify('agent.reply', { agentId: staff.agentId, messageId: staff.messageId });
    if (staff.waitForCustomer && this.s.status !== 'waiting_on_customer') {
      this.clocks.customerReplyDueAt = this.now() + this.policy.customerReplyTimeoutMs;
      if (this.s.sla) this.s.sla = pause(this.s.sla, this.now());
      this.setStatus('waiting_on_customer', actor);
    }
  }

  private markFirstResponse(actor: Actor): void {
    const sla = this.s.sla;
    if (!sla || sla.firstResponseAt) return;
    sla.firstResponseAt = this.nowIso();
    this.emit('first_response', actor, {
      responseMs: this.now() - Date.parse(sla.startedAt) - sla.pausedMs,
      withinSla: this.now() <= Date.parse(sla.firstResponseDueAt),
    });
  }

  resolveByAgent(staff: StaffRef & { summary: string; messageId: string; text?: string }): void {
    const actor = staffActor(staff);
    if (staff.text) {
      this.addMessage(
        { id: staff.messageId, from: 'agent', text: staff.text, at: this.nowIso(), authorId: staff.agentId },
        actor,
      );
    }
    this.markFirstResponse(actor);
    this.resolve('agent', actor, staff.summary, null);
  }

  resolve(by: 'ai' | 'agent' | 'system', actor: Actor, summary: string, confirmed: boolean | null): void {
    const task = this.s.task;
    if (task && task.status !== 'closed') {
      if (task.assignee) this.releaseSlot(task.assignee);
      task.status = 'closed';
      this.emit('task_closed', actor, { taskId: task.taskId });
    }
    if (this.s.sla?.pausedSince) this.s.sla = resume(this.s.sla, this.policy, this.s.priority, this.now());
    const agentId = actor.type === 'agent' || actor.type === 'supervisor' ? actor.id : undefined;
    this.s.resolution = { by, confirmed, summary, at: this.nowIso(), ...(agentId ? { agentId } : {}) };
    this.s.resolvedAt = this.s.resolution.at;
    this.setStatus('resolved', actor, { by, summary });
    this.notify('case.resolved', { by });
  }

  /** The customer wrote: reopens a resolved case, hands a waiting case back to its agent. */
  customerWrote(messageId: string, text: string, customer: Actor): void {
    this.addMessage({ id: messageId, from: 'customer', text, at: this.nowIso() }, customer);
    if (this.s.status === 'resolved') {
      this.s.reopenCount += 1;
      this.preferredAgent = this.s.resolution?.agentId ?? null;
      this.s.resolution = null;
      this.s.sla = { ...startSla(this.policy, this.s.priority, this.now()), breaches: this.s.sla?.breaches ?? [] };
      this.emit('reopened', customer, { count: this.s.reopenCount });
      this.escalate('reopened', customer);
    } else if (this.s.status === 'waiting_on_customer') {
      if (this.s.sla) this.s.sla = resume(this.s.sla, this.policy, this.s.priority, this.now());
      if (this.s.task?.assignee) {
        this.clocks.lastAgentActivityAt = this.now();
        this.setStatus('assigned', customer, { why: 'customer_replied' });
        this.notify('customer.reply', { agentId: this.s.task.assignee, messageId });
      } else {
        this.setStatus('escalated', customer, { why: 'customer_replied' });
        this.route();
      }
    }
  }

  changePriority(priority: Priority, actor: Actor, why: string): void {
    const from = this.s.priority;
    if (from === priority) return;
    this.s.priority = priority;
    if (this.s.sla) this.s.sla = withDueDates(this.s.sla, this.policy, priority, this.now());
    this.emit('priority_changed', actor, { from, to: priority, why });
    this.changed = true;
  }

  // ---- deadlines ----

  /** Every timer of the current status; the earliest is the case's deadline. */
  timers(): Timer[] {
    const { s, clocks, policy } = this;
    const timers: Timer[] = [];
    const add = (at: number, action: string, fire: () => void) => timers.push({ at, action, fire });
    switch (s.status) {
      case 'awaiting_confirmation':
        add(clocks.confirmationDueAt, 'escalate (no_confirmation)', () => this.escalate('no_confirmation', SYSTEM));
        break;
      case 'waiting_on_customer':
        add(clocks.customerReplyDueAt, 'resolve: the customer did not answer', () =>
          this.resolve('system', SYSTEM, 'The customer did not answer within the reply timeout', null),
        );
        break;
      case 'resolved':
        add(Date.parse(s.resolvedAt as string) + policy.reopenWindowMs, 'close', () =>
          this.setStatus('closed', SYSTEM),
        );
        break;
      case 'assigned':
        add(
          clocks.lastAgentActivityAt + policy.assignmentTimeoutMs,
          'return the task to the queue (assignment lease)',
          () => this.unassign(SYSTEM, 'lease_expired', true),
        );
        break;
    }
    const task = s.task;
    if (s.status === 'escalated' && task?.status === 'open') {
      const now = this.now();
      const ends = task.excluded.map((e) => Date.parse(e.until)).filter((t) => t > now);
      if (ends.length) add(Math.min(...ends), 'offer the task again to agents who gave it back', () => this.route());
    }
    if ((s.status === 'escalated' || s.status === 'assigned') && s.sla) {
      const sla = pendingSlaTimers(s.sla, policy, s.priority, this.now());
      for (const t of sla) add(t.at, `SLA ${t.event} (${t.kind})`, () => this.onSla(t));
      if (!sla.length && s.status === 'escalated') {
        const every = policy.sla[s.priority].firstResponseMs;
        add(clocks.lastReminderAt + every, 'remind supervisors and route again', () => this.onReminder());
      }
    }
    return timers;
  }

  nextTimer(): Timer | null {
    return this.timers().reduce<Timer | null>((min, t) => (!min || t.at < min.at ? t : min), null);
  }

  refreshDeadline(): void {
    const next = this.nextTimer();
    this.s.waitingOn = WAITING_ON[this.s.status];
    this.s.deadline = next ? { at: new Date(next.at).toISOString(), action: next.action } : null;
  }

  private onSla(t: SlaTimer): void {
    const sla = this.s.sla;
    if (!sla) return;
    const assignee = this.s.task?.assignee ?? null;
    if (t.event === 'warning') {
      sla.warnings.push({ kind: t.kind, at: this.nowIso() });
      this.emit('sla_warning', SYSTEM, { kind: t.kind, assignee });
      this.notify('sla.warning', { kind: t.kind, assignee });
      this.changed = true;
      this.route();
      return;
    }
    const level = (this.s.escalation?.level ?? 1) + 1;
    sla.breaches.push({ kind: t.kind, at: this.nowIso(), level });
    this.emit('sla_breach', SYSTEM, { kind: t.kind, level, assignee });
    this.notify('sla.breach', { kind: t.kind, level, assignee });
    this.changePriority(raisePriority(this.s.priority), SYSTEM, 'sla_breach');
    if (level >= 3 && this.s.task) this.s.task.supervisorOnly = true;
    this.clocks.lastReminderAt = this.now();
    if (assignee) this.unassign(SYSTEM, 'sla_breach', true);
    this.escalate('sla_breach', SYSTEM, { kind: t.kind });
  }

  private onReminder(): void {
    this.clocks.lastReminderAt = this.now();
    this.emit('supervisor_reminder', SYSTEM, { taskId: this.s.task?.taskId });
    this.notify('task.unattended', { taskId: this.s.task?.taskId, level: this.s.escalation?.level });
    this.route();
  }
}
