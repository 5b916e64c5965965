/**
 * What changed, for the live console: ONE poller per API process, shared by every open stream. It reads
 * only what the store answers cheaply: each subscribed case's document by its lone `_id`, the open tasks,
 * the agents and their slots (collections bounded by live work), and the all-time statistics rollup.
 * It polls only while someone listens, and only the keys someone listens to.
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { keyed } from '../db/keyed-store';
import { AgentModel, SlotModel, TaskModel } from '../db/models';
import { TOTAL, readRollup } from '../db/stats-folder';

export const TOPICS = ['tasks', 'agents', 'stats'] as const;
export type Topic = (typeof TOPICS)[number];

export type ChangeEvent = { type: 'case'; caseId: string } | { type: Topic };

export interface Listener {
  topics: readonly Topic[];
  cases: readonly string[];
  send(event: ChangeEvent): void;
}

const cases = keyed('cases');

const digest = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('base64url');
const byId = (a: { _id: unknown }, b: { _id: unknown }) => (String(a._id) < String(b._id) ? -1 : 1);

/** A fingerprint of what a key shows: it moves exactly when the thing behind the key changed. */
async function fingerprint(key: string): Promise<string> {
  if (key.startsWith('case:')) {
    const doc = await cases.get<{ version?: number; updatedAt?: Date }>(key.slice(5));
    return doc ? `${doc.version ?? 0}@${new Date(doc.updatedAt ?? 0).getTime()}` : 'none';
  }
  if (key === 'tasks') return digest((await TaskModel.find({}).lean()).sort(byId));
  if (key === 'agents') {
    const [agents, slots] = await Promise.all([AgentModel.find({}).lean(), SlotModel.find({}).lean()]);
    return digest([agents.sort(byId), slots.map((s) => [s._id, s.taskId]).sort()]);
  }
  if (key === 'stats') return String((await readRollup(TOTAL)).fold);
  throw new Error(`unknown change-feed key ${key}`);
}

const keysOf = (l: Listener) => [...l.topics, ...l.cases.map((id) => `case:${id}`)];
const eventOf = (key: string): ChangeEvent =>
  key.startsWith('case:') ? { type: 'case', caseId: key.slice(5) } : { type: key as Topic };

export class ChangeFeed {
  private readonly listeners = new Set<Listener>();
  private readonly seen = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly opts: { intervalMs: number; log: Logger }) {}

  get size(): number {
    return this.listeners.size;
  }

  /**
   * Starts following the listener's keys; resolves once each has a baseline, so whatever the listener
   * reads after this resolves is either current or followed by an event.
   */
  async subscribe(listener: Listener): Promise<() => void> {
    if (this.closed) throw new Error('the change feed is closed');
    this.listeners.add(listener);
    const fresh = keysOf(listener).filter((k) => !this.seen.has(k));
    const prints = await Promise.all(fresh.map(fingerprint));
    fresh.forEach((k, i) => this.seen.has(k) || this.seen.set(k, prints[i]));
    this.schedule();
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.stop();
    };
  }

  /** Stops polling and forgets every listener (their streams are ended by their owner). */
  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.stop();
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.seen.clear();
  }

  private schedule(): void {
    if (this.timer || this.polling || this.closed || !this.listeners.size) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.polling = this.poll()
        .catch((err) => this.opts.log.warn({ err }, 'change feed poll failed'))
        .finally(() => {
          this.polling = null;
          this.schedule();
        });
    }, this.opts.intervalMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    const wanted = new Set([...this.listeners].flatMap(keysOf));
    for (const key of this.seen.keys()) if (!wanted.has(key)) this.seen.delete(key);
    const keys = [...wanted];
    const prints = await Promise.all(keys.map(fingerprint));
    const changed = new Set<string>();
    keys.forEach((key, i) => {
      const before = this.seen.get(key);
      this.seen.set(key, prints[i]);
      if (before !== undefined && before !== prints[i]) changed.add(key);
    });
    if (!changed.size) return;
    for (const listener of this.listeners) {
      for (const key of keysOf(listener)) {
        if (changed.has(key)) listener.send(eventOf(key));
      }
    }
  }
}
