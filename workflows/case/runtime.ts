/**
 * The Temporal side of a case: runs its transitions, writes each step to the store in order, keeps the
 * search attributes current, and runs the effects a transition asks for (routing, slot releases,
 * notifications, cancelling the AI) as background work that the run waits for before it ends.
 */
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { isCancellation, proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import type { CaseState, CaseWorkflowInput } from './contract';
import type { CaseStatus } from './domain';
import type { CaseActivities, CaseEvent, TransitionBatch } from './io';
import { carriedOf, initialModel, type CaseModel } from './model';
import {
  AssigneeKey,
  CaseLanguageKey,
  CasePriorityKey,
  CaseStatusKey,
  CaseTopicKey,
  EscalationReasonKey,
  NextDeadlineKey,
  SlaAtRiskKey,
  SlaBreachedKey,
  StoreBehindKey,
} from './search-attributes';
import { contributionOf, countEvent, isAtRisk } from './stats';
import { STATUS } from './status';
import type { Effect } from './step';
import { DEFAULT_WRITE_WINDOW_MS, deadlineOf, nextTimer, type Timer } from './timers';
import { check, decide, type CaseCommand, type Rejection } from './transitions';

/**
 * A write retries with backoff for the policy's write window (10 min by default); if the store still
 * refuses it, the case keeps the step, shows as behind (a search attribute supervisors can list, and a
 * notification) and writes again after as long again.
 */
const writer = (windowMs: number, attemptMs: number) =>
  proxyActivities<CaseActivities>({
    startToCloseTimeout: attemptMs,
    scheduleToCloseTimeout: windowMs,
    retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' },
  });
/** how long one write attempt of a release-0.2.1 case may take */
const WRITE_ATTEMPT_MS = 10_000;
/** release 0.1 cases keep the writes they started with: retried until they land */
const writerOf01 = proxyActivities<CaseActivities>({
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

export class CaseRuntime {
  model: CaseModel;
  /** set whenever something changes what the case waits for; the main loop clears it */
  changed = false;
  cancelAi: (() => void) | null = null;
  private created: boolean;
  private pending: CaseEvent[] = [];
  private writes: Promise<void> = Promise.resolve();
  private background = new Set<Promise<unknown>>();
  private publishedAttributes = '';
  private publishedTask = '';
  private publishedContribution = '';
  private routing = false;
  private rewriteAll = false;
  private readonly io: ReturnType<typeof writer>;

  /**
   * @param current cases started by this release (true) or running since release 0.1 (false): the
   * latter keep 0.1's search attributes, so their replay issues the same commands
   * @param rewakes cases started by release 0.2.1 or later: a write that clears the store-behind mark
   * wakes the main loop, and a case still behind writes itself whole even with no new step
   */
  constructor(
    readonly input: CaseWorkflowInput,
    readonly current: boolean,
    readonly rewakes = false,
  ) {
    this.model = initialModel(input);
    this.created = !!input.carried;
    const window = input.policy.writeWindowMs ?? DEFAULT_WRITE_WINDOW_MS;
    // from release 0.2.1 an attempt lasts at most 10 s (a keyed write takes milliseconds): an attempt
    // lost with its worker is tried again after 10 s, not after 30 s that could use up the whole window
    this.io = current ? writer(window, rewakes ? WRITE_ATTEMPT_MS : 30_000) : writerOf01;
  }

  get s(): CaseState {
    return this.model.s;
  }

  /** the status as of now (a handler may have changed it while the caller awaited) */
  status(): CaseStatus {
    return this.model.s.status;
  }

  now(): number {
    return Date.now();
  }

  /** Why the command does not fit now, or null. */
  check(command: CaseCommand): Rejection | null {
    return check(this.model, command);
  }

  /** Runs one transition and the effects it asks for, in order. */
  apply(command: CaseCommand): void {
    const decision = decide(this.model, command, this.now());
    this.model = decision.model;
    for (const e of decision.events) countEvent(this.model.counters, e);
    this.pending.push(...decision.events);
    if (decision.changed) this.changed = true;
    for (const effect of decision.effects) this.run(effect);
  }

  private run(effect: Effect): void {
    switch (effect.type) {
      case 'notify':
        this.notify(effect.kind, effect.data);
        return;
      case 'route':
        this.route();
        return;
      case 'release_slot':
        this.track(
          this.io
            .releaseAgentSlot({ agentId: effect.agentId, taskId: effect.taskId, dispatch: true })
            .catch(() => undefined),
        );
        return;
      case 'cancel_ai':
        this.cancelAi?.();
        return;
    }
  }

  /** Persists everything since the last write; writes are chained so they land in order. */
  flush(): Promise<void> {
    this.writes = this.writes.then(async () => {
      const behind = this.rewakes && !!this.model.clocks.storeBehindSince;
      if (!this.pending.length && this.created && !this.rewriteAll && !behind) return;
      this.rewriteAll = false;
      this.refreshDeadline();
      this.s.updatedAt = new Date(this.now()).toISOString();
      const batch: TransitionBatch = {
        caseId: this.s.caseId,
        customerId: this.model.customerId,
        version: ++this.model.version,
        state: JSON.parse(JSON.stringify(this.s)) as CaseState,
        events: this.pending.splice(0),
        ...this.changes(),
        create: this.created
          ? undefined
          : {
              intake: this.input.intake,
              createdAt: this.input.createdAt,
              intakeHash: this.input.intakeHash,
              repeatOf: this.input.repeatOf ?? null,
            },
      };
      this.created = true;
      this.publishSearchAttributes();
      try {
        await this.io.recordTransition(batch);
        if (this.model.clocks.storeBehindSince) {
          this.model.clocks.storeBehindSince = null;
          this.publishSearchAttributes();
          // its store-retry timer is gone: the main loop must not wait for it
          if (this.rewakes) this.changed = true;
        }
      } catch (err) {
        if (isCancellation(err)) throw err;
        this.storeRefused(batch);
      }
    });
    return this.writes;
  }

  /** The store refused a step for its whole retry window: keep it for the next write, and say so. */
  private storeRefused(batch: TransitionBatch): void {
    this.pending.unshift(...batch.events);
    if (batch.create) this.created = false;
    this.publishedTask = '';
    this.publishedContribution = '';
    const first = !this.model.clocks.storeBehindSince;
    this.model.clocks.storeBehindSince = this.now();
    this.changed = true;
    this.publishSearchAttributes();
    if (first) this.notify('case.store_behind', { pendingEvents: this.pending.length });
  }

  /** The next write sends the whole case again, task and figures included (the sweep found the store behind). */
  rewrite(): void {
    this.rewriteAll = true;
    this.publishedTask = '';
    this.publishedContribution = '';
    this.changed = true;
  }

  /** What the store must change besides the case: the task and the figures, only when they changed. */
  private changes(): Pick<TransitionBatch, 'contribution' | 'taskChanged'> {
    const task = JSON.stringify([this.s.task, this.s.priority, this.s.sla, this.s.escalation?.level]);
    const taskChanged = task !== this.publishedTask && !!this.s.task;
    this.publishedTask = task;
    const contribution = contributionOf(this.s, this.model.counters, !!this.model.repeatOf);
    const fingerprint = JSON.stringify(contribution);
    const changed = fingerprint !== this.publishedContribution;
    this.publishedContribution = fingerprint;
    return { taskChanged, ...(changed ? { contribution } : {}) };
  }

  /** Upserts the search attributes when they changed (each upsert is a history event). */
  private publishSearchAttributes(): void {
    const { s } = this;
    const attributes: SearchAttributeUpdatePair[] = [
      { key: CaseStatusKey, value: s.status },
      { key: CasePriorityKey, value: s.priority },
      { key: EscalationReasonKey, value: s.escalation?.reason ?? null },
      { key: AssigneeKey, value: s.task?.status === 'assigned' ? s.task.assignee : null },
      { key: NextDeadlineKey, value: s.deadline ? new Date(s.deadline.at) : null },
      { key: SlaBreachedKey, value: (s.sla?.breaches.length ?? 0) > 0 },
    ];
    if (this.current) {
      attributes.push(
        { key: SlaAtRiskKey, value: isAtRisk(s) },
        { key: CaseTopicKey, value: s.topic },
        { key: CaseLanguageKey, value: s.language ?? null },
        { key: StoreBehindKey, value: !!this.model.clocks.storeBehindSince },
      );
    }
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
    const at = new Date(this.now()).toISOString();
    this.track(notifier.notify({ kind, caseId: this.s.caseId, at, data }).catch(() => undefined));
  }

  /** Asks the router for the best online agent; the task may be claimed meanwhile. */
  private route(): void {
    const { s, model } = this;
    const task = s.task;
    if (this.routing || !task || task.status !== 'open' || s.status !== 'escalated') return;
    this.routing = true;
    const now = this.now();
    const prefer = model.preferredAgent;
    model.preferredAgent = null;
    const routed = router
      .routeTask({
        caseId: s.caseId,
        taskId: task.taskId,
        skills: task.skills,
        priority: s.priority,
        exclude: task.excluded.filter((e) => Date.parse(e.until) > now).map((e) => e.agentId),
        prefer,
        supervisorOnly: task.supervisorOnly,
      })
      .then(async (agentId) => {
        this.routing = false;
        if (!agentId) return;
        const assigned = this.fits(task.taskId);
        this.apply({ type: 'routed', agentId, taskId: task.taskId });
        if (assigned) await this.flush();
      })
      .catch(() => {
        this.routing = false;
      });
    this.track(routed);
  }

  private fits(taskId: string): boolean {
    const task = this.s.task;
    return task?.taskId === taskId && task.status === 'open' && this.s.status === 'escalated';
  }

  /** Waits for background work (routing, notifications, writes) before the run ends. */
  async settle(): Promise<void> {
    while (this.background.size) await Promise.all([...this.background]);
    await this.flush();
  }

  carried() {
    return carriedOf(this.model);
  }

  nextTimer(): Timer | null {
    return nextTimer(this.model, this.now());
  }

  refreshDeadline(): void {
    this.s.waitingOn = STATUS[this.s.status].waitingOn;
    this.s.deadline = deadlineOf(this.model, this.now());
  }
}
