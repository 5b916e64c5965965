/**
 * `GET /api/stream`: server-sent events naming what changed (`case`, `tasks`, `agents`, `stats`), so a
 * page refetches only then. Authorised like every other endpoint (a Bearer header, which is why browsers
 * read it with fetch rather than EventSource). A customer token follows its own case only; agents follow
 * the queue and any cases they name; supervisors also the agent pool and the statistics.
 */
import type http from 'node:http';
import { Router, type Express, type Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { forbidden, notFound } from '../errors';
import { ChangeFeed, TOPICS, type ChangeEvent, type Topic } from './change-feed';
import { requirePrincipal } from './middleware';

export const HEARTBEAT_MS = 15_000;
/** how often the one poller of this process looks for changes */
const POLL_MS = 1_000;
const MAX_CASES = 50;

const list = (item: z.ZodTypeAny) =>
  z
    .string()
    .max(4_000)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(item));

/** `cases`: comma-separated case ids; `topics`: comma-separated topics (default: all the caller may follow). */
export const streamQuery = z
  .object({
    cases: list(
      z
        .string()
        .max(128)
        .regex(/^[\w.@:+-]+$/),
    )
      .pipe(z.array(z.string()).max(MAX_CASES))
      .optional(),
    topics: list(z.enum(TOPICS)).optional(),
  })
  .strict();

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export function streamRoutes(feed: ChangeFeed, open: Set<Response>): Router {
  const r = Router();

  r.get('/stream', async (req, res) => {
    const p = requirePrincipal(req);
    const q = streamQuery.parse(req.query);
    let topics: Topic[];
    let cases: string[];
    if (p.kind === 'customer') {
      if (q.topics?.length) throw forbidden('a customer token follows its own case only');
      if (q.cases?.some((id) => id !== p.caseId)) throw notFound();
      topics = [];
      cases = [p.caseId];
    } else {
      const allowed: Topic[] = p.role === 'supervisor' ? [...TOPICS] : ['tasks'];
      const asked = q.topics ?? allowed;
      if (asked.some((t) => !allowed.includes(t))) throw forbidden(`agents may follow: ${allowed.join(', ')}`);
      topics = [...new Set(asked)];
      cases = [...new Set(q.cases ?? [])];
    }

    let closed = false;
    res.once('close', () => {
      closed = true;
    });
    const send = (e: ChangeEvent) => {
      if (!res.writableEnded) res.write(frame(e.type, e));
    };
    // subscribed before the answer starts, so a store that is down still answers 503
    const unsubscribe = await feed.subscribe({ topics, cases, send });
    if (closed) return unsubscribe();

    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    req.socket.setNoDelay(true);
    req.socket.setTimeout(0);
    const heartbeat = setInterval(() => res.writableEnded || res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    open.add(res);
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(res);
    });
    res.write(frame('ready', { topics, cases, heartbeatMs: HEARTBEAT_MS }));
  });

  return r;
}

export interface Live {
  feed: ChangeFeed;
  open: Set<Response>;
  routes: Router;
}

export function createLive(log: Logger, intervalMs = POLL_MS): Live {
  const feed = new ChangeFeed({ intervalMs, log: log.child({ component: 'change-feed' }) });
  const open = new Set<Response>();
  return { feed, open, routes: streamRoutes(feed, open) };
}

/** Ends every open stream when the server closes (else `server.close()` would wait for them forever). */
export function endStreamsOnClose(server: http.Server, app: Express): void {
  const live = app.locals.live as Live | undefined;
  if (!live) return;
  const { feed, open } = live;
  const close = server.close.bind(server);
  server.close = ((callback?: (err?: Error) => void) => {
    feed.close();
    for (const res of open) res.end();
    open.clear();
    return close(callback);
  }) as typeof server.close;
}
