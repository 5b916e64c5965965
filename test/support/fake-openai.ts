import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeAnswer {
  answer: string;
  confidence: number;
  needsHuman: boolean;
  topic: string;
  sentiment: string;
  sources: string[];
}

/** What the fake answers to a triage request (response_format json_schema named casework_triage). */
export interface FakeClassification {
  serious: boolean;
  flags: string[];
  language: string;
  sentiment: string;
  priority: string;
}

export const TRIAGE_SCHEMA_NAME = 'casework_triage';

export type FakeStep =
  | { kind: 'answer'; answer?: Partial<FakeAnswer> }
  | { kind: 'error'; status: 500 | 400 | 401 }
  | { kind: 'rate_limit'; retryAfterSeconds: number }
  | { kind: 'hang' }
  | { kind: 'invalid_json' };

/** `sequence` plays one step per request; the last step repeats. */
export type FakeMode = FakeStep | { kind: 'sequence'; steps: FakeStep[] };

export interface ChatRequestBody {
  model?: string;
  messages?: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name?: string; strict?: boolean; schema?: unknown } };
  [key: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** the parsed JSON body; empty when the body is not JSON */
  body: ChatRequestBody;
}

export interface FakeOpenAi {
  /** base URL including /v1, ready for the OpenAI client's baseURL */
  url: string;
  requests: RecordedRequest[];
  setMode(mode: FakeMode): void;
  /** the answer to triage requests; fields may break the schema on purpose (Record) to test validation */
  setClassification(classification: Partial<FakeClassification> | Record<string, unknown>): void;
  /** how triage requests are answered, apart from answer requests; null = as `setMode` says */
  setTriageMode(mode: FakeStep | null): void;
  close(): Promise<void>;
}

const ARTICLE_ID = /\bid="([^"]+)"/;

/** A local stand-in for the Chat Completions endpoint, so tests drive every success and failure path. */
export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let mode: FakeMode = { kind: 'answer' };
  let step = 0;
  let classification: Record<string, unknown> = {};
  let triageMode: FakeStep | null = null;

  const server = http.createServer((req, res) => {
    void readBody(req).then((raw) => {
      const body = parseJson(raw);
      const path = (req.url ?? '').split('?')[0];
      requests.push({ method: req.method ?? '', path, headers: req.headers, body });
      if (req.method !== 'POST' || !/^(?:\/v1)?\/chat\/completions$/.test(path)) {
        sendJson(res, 404, apiError(`Unknown path ${path}`, 'invalid_request_error'));
      } else {
        const triage = body.response_format?.json_schema?.name === TRIAGE_SCHEMA_NAME;
        respond(triage && triageMode ? triageMode : currentStep(), body, res, classification);
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function currentStep(): FakeStep {
    if (mode.kind !== 'sequence') return mode;
    const chosen = mode.steps[Math.min(step, mode.steps.length - 1)];
    step += 1;
    return chosen;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setMode(next) {
      mode = next;
      step = 0;
    },
    setClassification(next) {
      classification = { ...next };
    },
    setTriageMode(next) {
      triageMode = next;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function respond(
  mode: FakeStep,
  body: ChatRequestBody,
  res: http.ServerResponse,
  classification: Record<string, unknown>,
): void {
  switch (mode.kind) {
    case 'answer':
      if (body.response_format?.json_schema?.name === TRIAGE_SCHEMA_NAME) {
        return sendJson(res, 200, completion(body, JSON.stringify({ ...DEFAULT_CLASSIFICATION, ...classification })));
      }
      return sendJson(res, 200, completion(body, JSON.stringify({ ...defaultAnswer(body), ...mode.answer })));
    case 'invalid_json':
      return sendJson(res, 200, completion(body, 'Sure! Here is your answer: you can pay early in the app.'));
    case 'error':
      return sendJson(res, mode.status, apiError(`Fake error ${mode.status}`, errorType(mode.status)));
    case 'rate_limit':
      res.setHeader('retry-after', String(mode.retryAfterSeconds));
      return sendJson(res, 429, apiError('Rate limit reached', 'rate_limit_exceeded'));
    case 'hang':
      return;
  }
}

const DEFAULT_CLASSIFICATION: FakeClassification = {
  serious: false,
  flags: [],
  language: 'en',
  sentiment: 'neutral',
  priority: 'normal',
};

function defaultAnswer(body: ChatRequestBody): FakeAnswer {
  const prompt = (body.messages ?? []).map((m) => String(m.content)).join('\n');
  const id = ARTICLE_ID.exec(prompt)?.[1];
  return {
    answer: id ? `Thanks for getting in touch! The answer is in our help article ${id}.` : "I'm not sure.",
    confidence: id ? 0.9 : 0.1,
    needsHuman: !id,
    topic: 'payments',
    sentiment: 'neutral',
    sources: id ? [id] : [],
  };
}

function completion(body: ChatRequestBody, content: string) {
  return {
    id: `chatcmpl-fake-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? 'fake-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  };
}

function apiError(message: string, type: string) {
  return { error: { message, type, param: null, code: type } };
}

function errorType(status: number): string {
  if (status === 401) return 'invalid_api_key';
  if (status === 400) return 'invalid_request_error';
  return 'server_error';
}

function sendJson(res: http.ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): ChatRequestBody {
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? (parsed as ChatRequestBody) : {};
  } catch {
    return {};
  }
}
