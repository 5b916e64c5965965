/**
 * Live updates: reads GET /api/stream with fetch (EventSource cannot send an Authorization header) and
 * reports each event by name; the page refetches what it names. A dropped stream reconnects with
 * exponential backoff: the only loop this console runs against the API.
 */
export type LiveEvent = { type: 'ready' } | { type: 'case'; caseId: string } | { type: 'tasks' | 'agents' | 'stats' };
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'denied';

export interface FollowOptions {
  token: string;
  cases?: string[];
  topics?: string[];
  onEvent(event: LiveEvent): void;
  onStatus?(status: LiveStatus): void;
}

const MIN_DELAY = 1_000;
const MAX_DELAY = 30_000;

function parseFrame(frame: string): LiveEvent | null {
  let event = 'message';
  let data = '';
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data += line.slice(5).trim();
  }
  if (event === 'message') return null;
  const payload = data ? (JSON.parse(data) as Record<string, unknown>) : {};
  return { ...payload, type: event } as LiveEvent;
}

/** Follows the stream until the returned function is called. */
export function follow(opts: FollowOptions): () => void {
  const controller = new AbortController();
  const params = new URLSearchParams();
  if (opts.cases?.length) params.set('cases', opts.cases.join(','));
  if (opts.topics?.length) params.set('topics', opts.topics.join(','));
  const url = `/api/stream${params.size ? `?${params}` : ''}`;
  let delay = MIN_DELAY;

  const connectOnce = async (): Promise<'again' | 'stop'> => {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${opts.token}`, accept: 'text/event-stream' },
      signal: controller.signal,
      cache: 'no-store',
    });
    if ([401, 403, 404].includes(res.status)) return 'stop';
    if (!res.ok || !res.body) return 'again';
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'again';
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = parseFrame(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (!event) continue;
        if (event.type === 'ready') {
          delay = MIN_DELAY;
          opts.onStatus?.('live');
        }
        opts.onEvent(event);
      }
    }
  };

  const run = async () => {
    opts.onStatus?.('connecting');
    while (!controller.signal.aborted) {
      let outcome: 'again' | 'stop' = 'again';
      try {
        outcome = await connectOnce();
      } catch {
        outcome = 'again';
      }
      if (controller.signal.aborted) return;
      if (outcome === 'stop') return opts.onStatus?.('denied');
      opts.onStatus?.('reconnecting');
      const wait = delay * (0.75 + Math.random() / 2);
      delay = Math.min(delay * 2, MAX_DELAY);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  void run();
  return () => controller.abort();
}
