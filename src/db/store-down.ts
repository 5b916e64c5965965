/**
 * Reads a request can do without while the store cannot be reached (intake's lookups, a customer
 * token's last rotation, a case's view): each gets a short budget, then its fallback. Only a store that
 * cannot be reached gives way; one that answers slowly is waited for as usual, so a request never mixes
 * a fallback with the store's answer because of load alone.
 */
import { withDeadline } from './keyed-store';

/** how long such a read waits for the store to be found */
export const STORE_READ_BUDGET_MS = 2_000;

/** No server to talk to (as opposed to a slow answer): the driver found none. */
export function storeUnreachable(err: unknown): boolean {
  const e = err as { name?: string; message?: string } | null;
  return (
    /^Mongo(ServerSelection|Network|NotConnected|Topology)/.test(e?.name ?? '') ||
    /server selection/i.test(e?.message ?? '')
  );
}

/** `read` within the budget; `fallback` (which may rethrow) when the store cannot be reached. */
export async function readUnlessStoreDown<T>(
  read: () => Promise<T>,
  fallback: (err: unknown) => T | Promise<T>,
): Promise<T> {
  try {
    return await withDeadline(Date.now() + STORE_READ_BUDGET_MS, read);
  } catch (err) {
    if (storeUnreachable(err)) return fallback(err);
    if ((err as { name?: string } | null)?.name === 'MongoOperationTimeoutError') return read();
    throw err;
  }
}
