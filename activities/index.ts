/** The activities, closed over their dependencies: the case's (on the case task queue) and operations' (on the ops queue). */
import { Context } from '@temporalio/activity';
import type { Logger } from 'pino';
import type { CaseActivities, Notification } from '../workflows/case/io';
import type { OpsActivities } from '../workflows/ops/contract';
import { recordTransition } from '../src/db/case-writer';
import { withDeadline } from '../src/db/keyed-store';
import { foldOnce } from '../src/db/stats-folder';
import { sweepCases } from '../src/ops/case-sweep';
import { sweepSlots } from '../src/ops/slot-sweep';
import { releaseSlot, routeTask } from '../src/pool/agent-pool';
import { dispatchToAgent } from '../src/pool/dispatcher';
import type { CaseClient } from '../src/temporal/case-client';
import type { KnowledgeBase } from './ai/knowledge-base';
import type { ModelTriage } from './ai/model-triage';
import { offlineResolve } from './ai/offline-resolver';
import { triage } from './ai/triage';
import type { AiAnswer, CaseText, KbArticle } from './ai/types';
import { attemptDeadline, attemptFence } from './fence';

export interface ActivityDeps {
  kb: KnowledgeBase;
  /** an OpenAI-compatible resolver; absent = the offline resolver answers */
  openAi?: (articles: KbArticle[], text: CaseText) => Promise<AiAnswer>;
  /** a model's second opinion on triage, when a model is configured: it may only raise the rules' verdict */
  modelTriage?: ModelTriage;
  /** languages the AI may answer in: those of the knowledge base (and of the model, when one is configured) */
  aiLanguages: readonly string[];
  notify: (n: Notification) => Promise<void>;
  /** wakes the agent's dispatcher (never waits for it) */
  wakeDispatcher: (agentId: string) => Promise<void>;
  cases: CaseClient;
  taskQueue: string;
  log: Logger;
}

const RETRIEVED_ARTICLES = 4;

const heartbeat = () => Context.current().heartbeat();

export function createCaseActivities(deps: ActivityDeps): CaseActivities {
  return {
    // the fence stops a late attempt between writes; the deadline stops the writes it already started
    recordTransition: (batch) => {
      const deadline = attemptDeadline();
      return withDeadline(deadline, () => recordTransition(batch, attemptFence(deadline)));
    },

    async triageCase(intake) {
      const text: CaseText = {
        subject: intake.subject,
        message: intake.message,
        locale: intake.locale,
        orderRef: intake.orderRef,
      };
      const rules = triage(text, { aiLanguages: deps.aiLanguages });
      return deps.modelTriage ? deps.modelTriage(text, rules) : rules;
    },

    async draftAnswer({ intake, language }) {
      const text: CaseText = {
        subject: intake.subject,
        message: intake.message,
        locale: intake.locale,
        orderRef: intake.orderRef,
        ...(language ? { language } : {}),
      };
      if (!deps.openAi) return offlineResolve(deps.kb, text);
      const articles = deps.kb
        .search(`${text.subject} ${text.message}`, RETRIEVED_ARTICLES, language)
        .map((h) => h.article);
      return deps.openAi(articles, text);
    },

    routeTask,

    /** Gives the slot back; the agent's dispatcher, woken by a signal, offers the next task (nothing waits here). */
    async releaseAgentSlot({ agentId, taskId, dispatch }) {
      await releaseSlot(agentId, taskId);
      if (dispatch) await deps.wakeDispatcher(agentId);
    },

    notify: deps.notify,
  };
}

export function createOpsActivities(deps: ActivityDeps): OpsActivities {
  return {
    async foldStats({ waitMs }) {
      const fence = attemptFence();
      const until = Date.now() + waitMs;
      for (;;) {
        heartbeat();
        const folded = await foldOnce(fence);
        if (folded > 0 || Date.now() >= until) return folded;
        // rejects when the activity is cancelled (worker shutting down, folder stopped)
        await Context.current().sleep(250);
      }
    },

    dispatchToAgent: (agentId) => dispatchToAgent(deps.cases, agentId),

    sweepSlots: () => sweepSlots(deps.cases, deps.wakeDispatcher, heartbeat),

    sweepCases: () => sweepCases(deps.cases, deps.taskQueue, heartbeat),
  };
}
