/**
 * A rate-limit store shared by every API process (RATE_LIMIT_STORE=database): one document per key and
 * window, counted with $inc by `_id`. MongoDB counts exactly; FerretDB may drop an increment under
 * concurrent requests, which only makes the limit a little lenient. Windows past are deleted as they
 * expire (the collection holds two windows of keys: it is bounded by the clients, not by the cases).
 */
import type { IncrementResponse, Options, Store } from 'express-rate-limit';
import mongoose from 'mongoose';

const COLLECTION = 'rate_limits';

interface Counter {
  _id: string;
  hits: number;
  expiresAt: Date;
}

export class DatabaseRateLimitStore implements Store {
  prefix: string;
  localKeys = false;
  private windowMs = 60_000;
  private lastSweep = 0;

  constructor(prefix: string) {
    this.prefix = prefix;
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private get counters() {
    const db = mongoose.connection.db;
    if (!db) throw new Error('the database is not connected');
    return db.collection<Counter>(COLLECTION);
  }

  private window(now = Date.now()) {
    const start = Math.floor(now / this.windowMs) * this.windowMs;
    return { start, resetTime: new Date(start + this.windowMs) };
  }

  async increment(key: string): Promise<IncrementResponse> {
    const { start, resetTime } = this.window();
    const _id = `${this.prefix}:${key}:${start}`;
    const doc = await this.counters.findOneAndUpdate(
      { _id },
      { $inc: { hits: 1 }, $setOnInsert: { expiresAt: resetTime } },
      { upsert: true, returnDocument: 'after' },
    );
    void this.sweep();
    return { totalHits: doc?.hits ?? 1, resetTime };
  }

  async decrement(key: string): Promise<void> {
    const _id = `${this.prefix}:${key}:${this.window().start}`;
    await this.counters.updateOne({ _id }, { $inc: { hits: -1 } });
  }

  async resetKey(key: string): Promise<void> {
    await this.counters.deleteOne({ _id: `${this.prefix}:${key}:${this.window().start}` });
  }

  /** Deletes windows that have ended, at most once a window per process. */
  private async sweep(): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    await this.counters.deleteMany({ expiresAt: { $lt: new Date(now - this.windowMs) } }).catch(() => undefined);
  }
}
