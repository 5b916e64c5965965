/** The console's HTTP client: JSON in and out, the contract's error body as an ApiError. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface CallOptions {
  token?: string | null;
  method?: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  idempotencyKey?: string;
}

export async function call<T>(path: string, opts: CallOptions = {}): Promise<{ body: T; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method: opts.method ?? 'GET', headers, body });
  } catch {
    throw new ApiError(0, 'network', 'The service cannot be reached. Check your connection and try again.');
  }
  const text = await res.text();
  const parsed = text ? (JSON.parse(text) as unknown) : null;
  if (!res.ok) {
    const e = (parsed as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'internal', e?.message ?? `HTTP ${res.status}`, e?.details);
  }
  return { body: parsed as T, headers: res.headers };
}

export const get = async <T>(path: string, token?: string | null) => (await call<T>(path, { token })).body;
export const post = async <T>(path: string, body: unknown, token?: string | null, idempotencyKey?: string) =>
  (await call<T>(path, { method: 'POST', body, token, idempotencyKey })).body;
export const put = async <T>(path: string, body: unknown, token?: string | null) =>
  (await call<T>(path, { method: 'PUT', body, token })).body;

export const newKey = () => crypto.randomUUID();

/** The next page named by a `Link: <...>; rel="next"` header. */
export function nextLink(headers: Headers): string | null {
  const link = headers.get('link');
  const m = link ? /<([^>]+)>;\s*rel="next"/.exec(link) : null;
  return m ? m[1] : null;
}

export const errorText = (err: unknown) =>
  err instanceof ApiError ? err.message : err instanceof Error ? err.message : 'Something went wrong.';
