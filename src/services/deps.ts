import type { Logger } from 'pino';
import type { Config } from '../config';
import type { CaseClient } from '../temporal/case-client';

/** What the use cases need: the gateway to the case workflows, the config, the signing secret. */
export interface ServiceDeps {
  cases: CaseClient;
  config: Config;
  secret: string;
  /** wakes an agent's dispatcher (never waits for it) */
  wakeDispatcher: (agentId: string) => Promise<void>;
  log: Logger;
}

/** Who is asking. */
export type Principal =
  | { kind: 'staff'; id: string; role: 'agent' | 'supervisor'; name?: string }
  | { kind: 'customer'; caseId: string; customerId: string };

export type Staff = Extract<Principal, { kind: 'staff' }>;
