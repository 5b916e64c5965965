import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Dispatcher } from '../pool/dispatcher';

/** What the HTTP side needs: one Temporal client, the config, the signing secret, the dispatcher. */
export interface ServiceDeps {
  client: Client;
  config: Config;
  secret: string;
  dispatch: Dispatcher;
  log: Logger;
}
