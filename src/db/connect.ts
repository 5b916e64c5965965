import mongoose from 'mongoose';
import { ALL_MODELS } from './models';

/** One connection per process. autoIndex is off: indexes are created once, explicitly, at start. */
export async function connectDatabase(uri: string): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  const conn = await mongoose.connect(uri, { autoIndex: false, serverSelectionTimeoutMS: 10_000 });
  return conn;
}

export async function ensureIndexes(): Promise<void> {
  for (const m of ALL_MODELS) await m.createIndexes();
}

export async function databaseReachable(): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db || mongoose.connection.readyState !== 1) return false;
  try {
    await db.admin().command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}

export const isDuplicateKey = (err: unknown): boolean => (err as { code?: number })?.code === 11000;
