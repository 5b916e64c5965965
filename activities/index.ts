/** The activities of the case workflow, closed over their dependencies. */
import type { Logger } from 'pino';
import { recordTransition } from '../src/db/case-store';
import { releaseSlot, routeTask } from '../src/pool/agent-pool';
import type { Dispatcher } from '../src/pool/dispatcher';
import type { KnowledgeBase } from './ai/knowledge-base';
import { offlineResolve } from './ai/offline-resolver';
import { triage } from './ai/triage';
import type { AiAnswer, CaseText, KbArticle } from './ai/types';
import type { CaseActivities, Notification } from './contract';

export interface ActivityDeps {
  kb: KnowledgeBase;
  /** an OpenAI-compatible resolver; absent = the offline resolver answers */
  openAi?: (articles: KbArticle[], text: CaseText) => Promise<AiAnswer>;
  dispatch: Dispatcher;
  notify: (n: Notification) => Promise<void>;
  log: Logger;
}

const RETRIEVED_ARTICLES = 4;

export function createActivities(deps: ActivityDeps): CaseActivities {
  return {
    recordTransition,

    async triageCase(intake) {
      return triage({
        subject: intake.subject,
        message: intake.message,
        locale: intake.locale,
        orderRef: intake.orderRef,
      });
    },

    async draftAnswer({ intake }) {
      const text: CaseText = {
        subject: intake.subject,
        message: intake.message,
        locale: intake.locale,
        orderRef: intake.orderRef,
      };
      if (!deps.openAi) return offlineResolve(deps.kb, text);
      const articles = deps.kb.search(`${text.subject} ${text.message}`, RETRIEVED_ARTICLES).map((h) => h.article);
      return deps.openAi(articles, text);
    },

    routeTask,

    async releaseAgentSlot({ agentId, taskId, dispatch }) {
      await releaseSlot(agentId, taskId);
      if (dispatch) await deps.dispatch(agentId);
    },

    notify: deps.notify,
  };
}
