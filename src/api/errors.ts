/** One error handler: every failure leaves in the contract's format, with the status its kind maps to. */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { DomainError, type ErrorKind } from '../errors';
import { isDependencyDown, toDomainError } from '../temporal/case-client';

export type ErrorCode =
  | 'invalid_json'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'idempotency_key_reused'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  idempotency_key_reused: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

const BY_KIND: Record<ErrorKind, ErrorCode> = {
  invalid: 'validation_failed',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'not_found',
  conflict: 'conflict',
  idempotency_key_reused: 'idempotency_key_reused',
  limit_reached: 'payload_too_large',
  rate_limited: 'rate_limited',
  unavailable: 'unavailable',
};

export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** Maps domain errors, request-parsing errors, Temporal and the database into the contract's codes. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  const domain = toDomainError(err);
  if (domain instanceof DomainError) return new HttpError(BY_KIND[domain.kind], domain.message, domain.details);
  if (err instanceof ZodError) {
    return new HttpError(
      'validation_failed',
      'the request does not match the schema',
      err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  const bodyErr = err as { type?: string };
  if (bodyErr?.type === 'entity.parse.failed') return new HttpError('invalid_json', 'the body is not valid JSON');
  if (bodyErr?.type === 'entity.too.large')
    return new HttpError('payload_too_large', 'the body is over the size limit');
  if (bodyErr?.type === 'charset.unsupported' || bodyErr?.type === 'encoding.unsupported') {
    return new HttpError('unsupported_media_type', 'unsupported body encoding');
  }
  if (isDependencyDown(err)) return new HttpError('unavailable', 'a dependency is unavailable; nothing was accepted');
  return new HttpError('internal', 'internal error');
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const e = toHttpError(err);
    if (e.code === 'internal' || e.code === 'unavailable') {
      log.error({ err, method: req.method, url: req.originalUrl }, 'request failed');
    }
    if (e.code === 'unavailable' || e.code === 'rate_limited') res.setHeader('Retry-After', '5');
    res.status(e.status).json({
      error: { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) },
    });
  };
}
