/**
 * Every transition of a case, each with the guard that refuses it when it does not fit: state in, state,
 * events and effects out. Plain deterministic code: the workflow, the unit tests and nothing else run it.
 */
import type { Actor, CaseIntake, StaffRef } from './contract';
import { raisePriority, type Priority } from './domain';
import type { AiAnswer, TriageResult } from './io';
import { DEFAULT_MAX_MESSAGES, DEFAULT_MAX_MESSAGE_BYTES, type CaseModel } from './model';
import { pause, resume, startSla } from './sla';
import { STATUS } from './status';
import { SYSTEM, Step, staffActor, utf8Length, type Effect } from './step';
import type { Timer } from './timers';
import type { CaseEvent } from './io';

export type CaseCommand =
  | { type: 'start'; intake: CaseIntake; createdAt: string }
  | { type: 'triaged'; result: TriageResult | null }
  | { type: 'ai_answered'; answer: AiAnswer }
  | { type: 'ai_failed'; error: string; message: string }
  | { type: 'confirm'; resolved: boolean; comment?: string }
  | { type: 'request_human'; reason?: string; by?: Actor }
  | { type: 'customer_message'; messageId: string; text: string }
  | { type: 'claim'; staff: StaffRef }
  | { type: 'assign'; agentId: string; by: Actor }
  | { type: 'routed'; agentId: string; taskId: string }
  | { type: 'reply'; staff: StaffRef; messageId: string; text: string; waitForCustomer: boolean }
  | { type: 'resolve'; staff: StaffRef; summary: string; messageId: string; text?: string }
  | { type: 'release'; staff: StaffRef }
  | { type: 'set_priority'; priority: Priority; by: Actor }
  | { type: 'agent_unavailable'; agentId: string; status: string; role?: 'agent' | 'supervisor' }
  | { type: 'timer'; timer: Timer }
  | { type: 'repaired' };

export interface Rejection {
  type: 'conflict' | 'forbidden' | 'limit';
  message: string;
}

interface Transition<C> {
  /** why the command does not fit the case now; null when it does */
  guard?: (m: CaseModel, c: C) => Rejection | null;
  apply: (step: Step, c: C) => void;
}

type Transitions = { [K in CaseCommand['type']]: Transition<Extract<CaseCommand, { type: K }>> };

const conflict = (message: string): Rejection => ({ type: 'conflict', message });

/** Only the holder of the task (or a supervisor) acts on it, and only while a person has the case. */
function holderProblem(m: CaseModel, staff: StaffRef): Rejection | null {
  const task = m.s.task;
  if (!task || task.status !== 'assigned' || !STATUS[m.s.status].human) {
    return conflict(`no agent holds this case's task (status ${m.s.status})`);
  }
  if (task.assignee !== staff.agentId && staff.role !== 'supervisor') {
    return { type: 'forbidden', message: 'another agent holds this task' };
  }
  return null;
}

const seen = (m: CaseModel, messageId: string) => m.messages.recentIds.includes(messageId);

/** A new message must fit the case's limits; a repeated one (same id) is accepted and changes nothing. */
function messageProblem(m: CaseModel, messageId: string, text: string | undefined): Rejection | null {
  if (!text || seen(m, messageId)) return null;
  const maxMessages = m.s.policy.maxMessages ?? DEFAULT_MAX_MESSAGES;
  const maxBytes = m.s.policy.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  if (m.messages.count >= maxMessages) {
    return { type: 'limit', message: `the case has reached its limit of ${maxMessages} messages` };
  }
  if (m.messages.bytes + utf8Length(text) > maxBytes) {
    return { type: 'limit', message: `the case has reached its limit of ${maxBytes} bytes of messages` };
  }
  return null;
}

function routed(step: Step, agentId: string, taskId: string, by: Actor): void {
  const task = step.s.task;
  if (task?.taskId === taskId && task.status === 'open' && step.s.status === 'escalated') {
    step.assign(agentId, by);
  } else {
    step.effect({ type: 'release_slot', agentId, taskId });
  }
}

function fireTimer(step: Step, timer: Timer): void {
  const { s, m } = step;
  switch (timer.kind) {
    case 'confirmation':
      return step.escalate('no_confirmation', SYSTEM);
    case 'customer_reply':
      return step.resolve('system', SYSTEM, 'The customer did not answer within the reply timeout', null);
    case 'reopen_window':
      return step.setStatus('closed', SYSTEM);
    case 'lease':
      return step.unassign(SYSTEM, 'lease_expired', true);
    case 'reoffer':
      return step.effect({ type: 'route' });
    case 'store_retry':
      // nothing changes but the case wakes, and its pending steps are written again
      m.clocks.storeBehindSince = step.now;
      step.changed = true;
      return;
    case 'reminder':
      m.clocks.lastReminderAt = step.now;
      step.emit('supervisor_reminder', SYSTEM, { taskId: s.task?.taskId });
      step.notify('task.unattended', { taskId: s.task?.taskId, level: s.escalation?.level });
      return step.effect({ type: 'route' });
    case 'sla': {
      const sla = s.sla;
      if (!sla) return;
      const t = timer.sla;
      const assignee = s.task?.assignee ?? null;
      if (t.event === 'warning') {
        sla.warnings.push({ kind: t.kind, at: step.iso() });
        step.emit('sla_warning', SYSTEM, { kind: t.kind, assignee });
        step.notify('sla.warning', { kind: t.kind, assignee });
        step.changed = true;
        return step.effect({ type: 'route' });
      }
      const level = (s.escalation?.level ?? 1) + 1;
      sla.breaches.push({ kind: t.kind, at: step.iso(), level });
      step.emit('sla_breach', SYSTEM, { kind: t.kind, level, assignee });
      step.notify('sla.breach', { kind: t.kind, level, assignee });
      step.changePriority(raisePriority(s.priority), SYSTEM, 'sla_breach');
      if (level >= 3 && s.task) s.task.supervisorOnly = true;
      m.clocks.lastReminderAt = step.now;
      if (assignee) step.unassign(SYSTEM, 'sla_breach', true);
      return step.escalate('sla_breach', SYSTEM, { kind: t.kind });
    }
  }
}

export const TRANSITIONS: Transitions = {
  start: {
    apply(step, { intake, createdAt }) {
      const customer = step.customer;
      step.emit('created', customer, { channel: intake.channel, subject: intake.subject });
      step.addMessage({ id: `${step.s.caseId}-m0`, from: 'customer', text: intake.message, at: createdAt }, customer);
    },
  },

  triaged: {
    apply(step, { result }) {
      if (!result) return step.escalate('ai_unavailable', SYSTEM, { stage: 'triage' });
      step.s.topic = result.topic;
      step.s.language = result.language ?? null;
      step.s.skills = result.skills;
      step.emit('triaged', SYSTEM, { ...result });
      step.changePriority(result.priority, SYSTEM, 'triage');
      if (result.escalate && result.reason) return step.escalate(result.reason, SYSTEM, { flags: result.flags });
      step.setStatus('ai_resolving', SYSTEM);
    },
  },

  ai_answered: {
    apply(step, { answer }) {
      const ai: Actor = { type: 'ai' };
      step.emit('ai_answer_drafted', ai, {
        confidence: answer.confidence,
        sources: answer.sources,
        needsHuman: answer.needsHuman,
      });
      if (answer.needsHuman || answer.confidence < step.policy.aiConfidenceThreshold) {
        return step.escalate('low_confidence', ai, { confidence: answer.confidence });
      }
      step.s.aiAnswer = { text: answer.text, confidence: answer.confidence, sources: answer.sources };
      if (answer.topic && answer.topic !== 'general') step.s.topic = answer.topic;
      step.addMessage({ id: `${step.s.caseId}-ai1`, from: 'ai', text: answer.text, at: step.iso() }, ai);
      step.notify('ai.answer', { confidence: answer.confidence });
      step.m.clocks.confirmationDueAt = step.now + step.policy.confirmationTimeoutMs;
      step.setStatus('awaiting_confirmation', ai);
    },
  },

  ai_failed: {
    apply(step, { error, message }) {
      step.emit('ai_failed', SYSTEM, { error, message });
      step.escalate('ai_unavailable', SYSTEM);
    },
  },

  confirm: {
    guard: (m) =>
      m.s.status !== 'awaiting_confirmation' ? conflict(`the case is ${m.s.status}, not awaiting confirmation`) : null,
    apply(step, { resolved, comment }) {
      const customer = step.customer;
      step.emit('confirmation', customer, { resolved, comment: comment ?? null });
      if (resolved) step.resolve('ai', customer, 'AI answer confirmed by the customer', true);
      else step.escalate('customer_rejected', customer, { comment: comment ?? null });
    },
  },

  request_human: {
    guard: (m) =>
      STATUS[m.s.status].onHumanRequest === 'refuse'
        ? conflict(`the case is ${m.s.status}; write a message to reopen it`)
        : null,
    apply(step, { reason, by }) {
      if (STATUS[step.s.status].onHumanRequest !== 'escalate') return;
      const bySupervisor = by?.type === 'supervisor';
      step.escalate(bySupervisor ? 'supervisor' : 'customer_requested_human', by ?? step.customer, {
        comment: reason ?? null,
      });
    },
  },

  customer_message: {
    guard: (m, c) =>
      STATUS[m.s.status].onCustomerMessage === 'refuse'
        ? conflict(`the case is ${m.s.status}`)
        : messageProblem(m, c.messageId, c.text),
    apply(step, { messageId, text }) {
      if (seen(step.m, messageId)) return;
      const { s, m } = step;
      const customer = step.customer;
      step.addMessage({ id: messageId, from: 'customer', text, at: step.iso() }, customer);
      switch (STATUS[s.status].onCustomerMessage) {
        case 'reopen':
          s.reopenCount += 1;
          m.preferredAgent = s.resolution?.agentId ?? null;
          s.resolution = null;
          s.sla = { ...startSla(step.policy, s.priority, step.now), breaches: s.sla?.breaches ?? [] };
          step.emit('reopened', customer, { count: s.reopenCount });
          return step.escalate('reopened', customer);
        case 'hand_back':
          if (s.sla) s.sla = resume(s.sla, step.policy, s.priority, step.now);
          if (s.task?.assignee) {
            m.clocks.lastAgentActivityAt = step.now;
            step.setStatus('assigned', customer, { why: 'customer_replied' });
            return step.notify('customer.reply', { agentId: s.task.assignee, messageId });
          }
          step.setStatus('escalated', customer, { why: 'customer_replied' });
          return step.effect({ type: 'route' });
        case 'keep':
        case 'refuse':
          return;
      }
    },
  },

  claim: {
    guard(m, { staff }) {
      const task = m.s.task;
      if (m.s.status !== 'escalated' || !task || task.status !== 'open') {
        return conflict(task?.assignee ? 'another agent holds this task' : `the case is ${m.s.status}`);
      }
      if (task.supervisorOnly && staff.role !== 'supervisor') {
        return { type: 'forbidden', message: 'this task waits for a supervisor' };
      }
      return null;
    },
    apply: (step, { staff }) => step.assign(staff.agentId, staffActor(staff)),
  },

  assign: {
    guard(m, { agentId, by }) {
      const task = m.s.task;
      if (!STATUS[m.s.status].human || !task || task.status === 'closed') return conflict(`the case is ${m.s.status}`);
      if (task.assignee === agentId) return conflict('the agent already holds this task');
      if (by.type !== 'supervisor' && task.status !== 'open') return conflict('another agent holds this task');
      return null;
    },
    apply: (step, { agentId, by }) => step.assign(agentId, by),
  },

  routed: {
    apply: (step, { agentId, taskId }) => routed(step, agentId, taskId, { type: 'system', id: 'router' }),
  },

  reply: {
    guard: (m, c) => holderProblem(m, c.staff) ?? messageProblem(m, c.messageId, c.text),
    apply(step, { staff, messageId, text, waitForCustomer }) {
      if (seen(step.m, messageId)) return;
      const { s, m } = step;
      const actor = staffActor(staff);
      step.addMessage({ id: messageId, from: 'agent', text, at: step.iso(), authorId: staff.agentId }, actor);
      step.markFirstResponse(actor);
      m.clocks.lastAgentActivityAt = step.now;
      step.changed = true;
      step.notify('agent.reply', { agentId: staff.agentId, messageId });
      if (waitForCustomer && s.status !== 'waiting_on_customer') {
        m.clocks.customerReplyDueAt = step.now + step.policy.customerReplyTimeoutMs;
        if (s.sla) s.sla = pause(s.sla, step.now);
        step.setStatus('waiting_on_customer', actor);
      }
    },
  },

  resolve: {
    guard: (m, c) => holderProblem(m, c.staff) ?? messageProblem(m, c.messageId, c.text),
    apply(step, { staff, summary, messageId, text }) {
      const actor = staffActor(staff);
      if (text && !seen(step.m, messageId)) {
        step.addMessage({ id: messageId, from: 'agent', text, at: step.iso(), authorId: staff.agentId }, actor);
      }
      step.markFirstResponse(actor);
      step.resolve('agent', actor, summary, null);
    },
  },

  release: {
    guard: (m, { staff }) => holderProblem(m, staff),
    apply: (step, { staff }) => step.unassign(staffActor(staff), 'released', true),
  },

  set_priority: {
    guard: (m) => (STATUS[m.s.status].final ? conflict('the case is closed') : null),
    apply: (step, { priority, by }) => step.changePriority(priority, by, 'supervisor'),
  },

  agent_unavailable: {
    apply(step, { agentId, status, role }) {
      if (step.s.task?.assignee === agentId) {
        step.unassign({ type: role ?? 'agent', id: agentId }, `agent_${status}`, false);
      }
    },
  },

  timer: {
    apply: (step, { timer }) => fireTimer(step, timer),
  },

  /** restarted from the stored record: an AI step in flight is lost, so a person takes the case */
  repaired: {
    apply(step) {
      step.emit('repaired', SYSTEM, { status: step.s.status });
      step.changed = true;
      if (step.s.status === 'triaging' || step.s.status === 'ai_resolving') {
        step.escalate('ai_unavailable', SYSTEM, { stage: 'repair' });
      }
      if (step.human) step.effect({ type: 'route' });
    },
  },
};

export interface Decision {
  model: CaseModel;
  events: CaseEvent[];
  effects: Effect[];
  changed: boolean;
}

/** Why the command does not fit the case now, or null. */
export function check(model: CaseModel, command: CaseCommand): Rejection | null {
  const t = TRANSITIONS[command.type] as Transition<CaseCommand>;
  return t.guard?.(model, command) ?? null;
}

/** The case after the command, with the events it wrote and the effects it asks for. The model given is not changed. */
export function decide(model: CaseModel, command: CaseCommand, now: number): Decision {
  const next = JSON.parse(JSON.stringify(model)) as CaseModel;
  const step = new Step(next, now);
  (TRANSITIONS[command.type] as Transition<CaseCommand>).apply(step, command);
  return { model: next, events: step.events, effects: step.effects, changed: step.changed };
}
