/**
 * Keyed access by construction: every operation takes one `_id`, so a hot path cannot ask the store for
 * anything else. It talks to the driver directly (the hot paths skip the ODM's casting and middleware);
 * the documents' shapes are the mongoose schemas in models.ts.
 */
import mongoose from 'mongoose';
import type { Document } from 'mongodb';
import { isDuplicateKey } from './connect';
import { noteAccess } from './keyed-access';

type Fields = Record<string, unknown>;

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
      return (await collection(name).findOne({ _id: id })) as (T & { _id: string }) | null;
    },
    async set(id, set, onInsert) {
      note('updateOne', id);
      await collection(name).updateOne(
        { _id: id },
        { $set: set, ...(onInsert ? { $setOnInsert: onInsert } : {}) },
        { upsert: true },
      );
    },
    async replace(id, doc) {
      note('replaceOne', id);
      await collection(name).replaceOne({ _id: id }, { ...doc, _id: id }, { upsert: true });
    },
    async insertOnce(id, doc) {
      try {
        await collection(name).insertOne({ ...doc, _id: id });
        return true;
      } catch (err) {
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    },
    async delete(id) {
      note('deleteOne', id);
      await collection(name).deleteOne({ _id: id });
    },
  };
}
