/**
 * The store's access rule, checked: collections that grow with the number of cases are read and written
 * by a lone `_id` (or inserted into), never filtered otherwise. On the embedded FerretDB any other filter
 * reads the whole collection; on MongoDB a keyed access is the cheapest there is. Collections bounded by
 * live work (open tasks, agents, slots, the stats outbox) may be scanned.
 *
 * `enforceKeyedAccess()` turns the rule into an error: the test suite turns it on, so a hot-path query
 * that is not keyed fails the tests. Offline tools (the recount, the benchmark seeder) wrap their scans
 * in `allowScans()`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Schema } from 'mongoose';

export type AccessRule = 'keyed' | 'bounded';

export class KeyedAccessViolation extends Error {
  override readonly name = 'KeyedAccessViolation';
}

export interface Access {
  collection: string;
  op: string;
  filter: unknown;
  keyed: boolean;
}

const state: { enforced: boolean; seen: Access[] | null } = { enforced: false, seen: null };
const scans = new AsyncLocalStorage<boolean>();

export function enforceKeyedAccess(on = true): void {
  state.enforced = on;
}

/** Runs offline work that may scan keyed collections (never called on a request or case path). */
export function allowScans<T>(work: () => Promise<T>): Promise<T> {
  return scans.run(true, work);
}

/** A filter FerretDB pushes down to its key index: exactly `{ _id: <string> }`. */
export function isKeyed(filter: Record<string, unknown> | undefined): boolean {
  if (!filter) return false;
  const keys = Object.keys(filter);
  return keys.length === 1 && keys[0] === '_id' && typeof filter._id === 'string';
}

function violation(collection: string, op: string, filter: unknown): KeyedAccessViolation {
  return new KeyedAccessViolation(
    `${op} on "${collection}" with ${JSON.stringify(filter)}: this collection is read and written by a lone _id only`,
  );
}

const QUERY_OPS = [
  'find',
  'findOne',
  'countDocuments',
  'estimatedDocumentCount',
  'distinct',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
] as const;

/** Records every query issued until the returned function is called, which hands the list back. */
export function recordAccess(): () => Access[] {
  state.seen = [];
  return () => {
    const seen = state.seen ?? [];
    state.seen = null;
    return seen;
  };
}

/** Records an access made outside the ODM (the keyed store's, always by one id). */
export function noteAccess(collection: string, op: string, filter: Record<string, unknown>): void {
  state.seen?.push({ collection, op, filter, keyed: isKeyed(filter) });
}

/** Declares how a collection may be accessed; keyed ones get the check. */
export function accessRule(schema: Schema, collection: string, rule: AccessRule): void {
  schema.set('collection', collection);
  if (rule === 'keyed') keyedCollections.add(collection);
  for (const op of QUERY_OPS) {
    schema.pre(op, function (this: { getFilter(): Record<string, unknown> }) {
      const filter = this.getFilter();
      const keyed = isKeyed(filter);
      state.seen?.push({ collection, op, filter, keyed });
      if (rule === 'keyed' && state.enforced && !keyed && !scans.getStore()) throw violation(collection, op, filter);
    });
  }
  schema.pre('aggregate', function () {
    state.seen?.push({ collection, op: 'aggregate', filter: null, keyed: false });
    if (rule === 'keyed' && state.enforced && !scans.getStore()) throw violation(collection, 'aggregate', null);
  });
}

/** The collections declared keyed. */
export const keyedCollections = new Set<string>();
