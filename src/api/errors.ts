/** One error class and one error handler: every failure leaves in the contract's format. */
import type { ErrorRequestHandler } from 'express';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, isGrpcServiceError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ZodError } from 'zod';
import type { Logger } from 'pino';
import { CONFLICT, FORBIDDEN } from '../../workflows/case/contract';

export type ErrorCode =
  | 'invalid_json'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
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
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export class ApiError extends Error {
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

export const notFound = (what = 'case') => new ApiError('not_found', `no such ${what}`);

const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;

function isDependencyDown(err: unknown): boolean {
  if (isGrpcServiceError(err)) return err.code === GRPC_UNAVAILABLE || err.code === GRPC_DEADLINE_EXCEEDED;
  const e = err as { name?: string; cause?: unknown; message?: string };
  if (e?.name && /^Mongo(ServerSelection|Network|NotConnected|Topology)/.test(e.name)) return true;
  if (e?.name === 'ServiceError' && e.cause) return isDependencyDown(e.cause);
  return /buffering timed out|Client must be connected|connection .* closed/i.test(e?.message ?? '');
}

/** Maps what the workflow, Temporal and the database say into the contract's codes. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) {
    return new ApiError(
      'validation_failed',
      'the request does not match the schema',
      err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  const bodyErr = err as { type?: string; status?: number };
  if (bodyErr?.type === 'entity.parse.failed') return new ApiError('invalid_json', 'the body is not valid JSON');
  if (bodyErr?.type === 'entity.too.large') return new ApiError('payload_too_large', 'the body is over the size limit');
  if (bodyErr?.type === 'charset.unsupported' || bodyErr?.type === 'encoding.unsupported') {
    return new ApiError('unsupported_media_type', 'unsupported body encoding');
  }
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    if (err.cause.type === CONFLICT) return new ApiError('conflict', err.cause.message);
    if (err.cause.type === FORBIDDEN) return new ApiError('forbidden', err.cause.message);
  }
  if (err instanceof WorkflowNotFoundError) return new ApiError('conflict', 'the case is closed');
  if (isDependencyDown(err)) return new ApiError('unavailable', 'a dependency is unavailable; nothing was accepted');
  return new ApiError('internal', 'internal error');
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const apiError = toApiError(err);
    if (apiError.code === 'internal' || apiError.code === 'unavailable') {
      log.error({ err, method: req.method, url: req.originalUrl }, 'request failed');
    }
    if (apiError.code === 'unavailable') res.setHeader('Retry-After', '5');
    res.status(apiError.status).json({
      error: {
        code: apiError.code,
        message: apiError.message,
        ...(apiError.details !== undefined ? { details: apiError.details } : {}),
      },
    });
  };
}
