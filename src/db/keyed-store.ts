/**
 * Keyed access by construction: every operation takes one `_id`, so a hot path cannot ask the store for
 * anything else. It talks to the driver directly (the hot paths skip the ODM's casting and middleware);
 * the documents' shapes are the mongoose schemas in models.ts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import mongoose from 'mongoose';
import type { Document } from 'mongodb';
import { isDuplicateKey } from './connect';
import { noteAccess } from './keyed-access';

type Fields = Record<string, unknown>;

const deadlines = new AsyncLocalStorage<number>();

/**
 * Runs `work` so that every keyed operation in it carries the time left until `deadline` (epoch ms) as
 * the driver's `timeoutMS`: server selection, the driver's own retry of a write and the command all
 * end by then, so nothing started inside can reach the store later. A write checked against its
 * attempt's deadline and then held by the driver while the store was down could otherwise land after a
 * newer step, since the driver retries a write once it finds a server again.
 */
export function withDeadline<T>(deadline: number, work: () => Promise<T>): Promise<T> {
  return deadlines.run(deadline, work);
}

/** The driver options of one operation: the time left, when there is a deadline. */
function budget(): { timeoutMS?: number } {
  const deadline = deadlines.getStore();
  if (deadline === undefined) return {};
  const left = Math.floor(deadline - Date.now());
  if (left <= 0) throw new Error('the deadline of this store operation has passed');
  return { timeoutMS: left };
}

function collection(name: string) {
  const db = mongoose.connection.db;
  if (!db) throw new Error('the database is not connected');
  return db.collection<Document & { _id: string }>(name);
}

export interface KeyedCollection {
  get<T = Fields>(id: string): Promise<(T & { _id: string }) | null>;
  /** sets fields (and, when the document is new, `onInsert` ones) */
  set(id: string, set: Fields, onInsert?: Fields): Promise<void>;
  replace(id: string, doc: Fields): Promise<void>;
  /** inserts, once: false when a document with this id exists already */
  insertOnce(id: string, doc: Fields): Promise<boolean>;
  delete(id: string): Promise<void>;
}

export function keyed(name: string): KeyedCollection {
  const note = (op: string, id: string) => noteAccess(name, op, { _id: id });
  return {
    async get<T>(id: string) {
      note('findOne', id);
      return (await collection(name).findOne({ _id: id }, budget())) as (T & { _id: string }) | null;
    },
    async set(id, set, onInsert) {
      note('updateOne', id);
      await collection(name).updateOne(
        { _id: id },
        { $set: set, ...(onInsert ? { $setOnInsert: onInsert } : {}) },
        { upsert: true, ...budget() },
      );
    },
    async replace(id, doc) {
      note('replaceOne', id);
      await collection(name).replaceOne({ _id: id }, { ...doc, _id: id }, { upsert: true, ...budget() });
    },
    async insertOnce(id, doc) {
      try {
        await collection(name).insertOne({ ...doc, _id: id }, budget());
        return true;
      } catch (err) {
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    },
    async delete(id) {
      note('deleteOne', id);
      await collection(name).deleteOne({ _id: id }, budget());
    },
  };
}
