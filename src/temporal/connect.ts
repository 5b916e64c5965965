/** One Temporal client per process, and the search attributes the case workflow needs. */
import { Client, Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/case/contract';

const IndexedValueType = temporal.api.enums.v1.IndexedValueType;
const TYPES: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Datetime: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  Bool: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
};

export async function connectClient(address: string, namespace: string): Promise<Client> {
  const connection = await Connection.connect({ address, connectTimeout: '10s' });
  return new Client({ connection, namespace });
}

/** Registers the case search attributes; existing ones are left alone, so this is safe at every start. */
export async function ensureSearchAttributes(client: Client): Promise<void> {
  const { operatorService } = client.connection;
  const existing = await operatorService.listSearchAttributes({ namespace: client.options.namespace });
  const have = new Set(Object.keys(existing.customAttributes ?? {}));
  const missing = Object.entries(CASE_SEARCH_ATTRIBUTES).filter(([name]) => !have.has(name));
  if (!missing.length) return;
  await operatorService.addSearchAttributes({
    namespace: client.options.namespace,
    searchAttributes: Object.fromEntries(missing.map(([name, type]) => [name, TYPES[type]])),
  });
}

export async function temporalReachable(client: Client): Promise<boolean> {
  try {
    const connection = client.connection as Connection;
    await connection.withDeadline(Date.now() + 2_000, () => connection.healthService.check({}));
    return true;
  } catch {
    return false;
  }
}

/** Running cases of the task queue that are behind with their writes (see the case workflow's runtime). */
export async function countStoreBehind(client: Client, taskQueue: string): Promise<number> {
  const { count } = await client.workflow.count(
    `StoreBehind = true AND ExecutionStatus = 'Running' AND TaskQueue = '${taskQueue.replace(/[^\w.-]/g, '')}'`,
  );
  return count;
}

/** How long Temporal keeps (and lists) closed cases; the embedded dev server starts with a day. */
export async function setRetention(client: Client, retentionMs: number): Promise<void> {
  const seconds = Math.floor(retentionMs / 1000);
  await client.workflowService.updateNamespace({
    namespace: client.options.namespace,
    config: { workflowExecutionRetentionTtl: msToTs(seconds * 1000) },
  });
}
