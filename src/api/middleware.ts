/** Request plumbing: authentication, content type, request ids. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { verifyToken, type Principal, type StaffRole } from '../auth/tokens';
import { ApiError } from './errors';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}

export function authenticate(secret: string): RequestHandler {
  return async (req, _res, next) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const match = /^Bearer\s+(.+)$/i.exec(header);
    const principal = match ? await verifyToken(secret, match[1].trim()) : null;
    if (!principal) return next(new ApiError('unauthorized', 'invalid or expired token'));
    req.principal = principal;
    next();
  };
}

export function requirePrincipal(req: Request): Principal {
  if (!req.principal) throw new ApiError('unauthorized', 'credentials required');
  return req.principal;
}

export function requireStaff(req: Request, role: StaffRole = 'agent'): Extract<Principal, { kind: 'staff' }> {
  const p = requirePrincipal(req);
  if (p.kind !== 'staff') throw new ApiError('forbidden', 'staff only');
  if (role === 'supervisor' && p.role !== 'supervisor') throw new ApiError('forbidden', 'supervisors only');
  return p;
}

/** Bodies must be JSON; a POST without a body (claim, release) needs no content type. */
export function requireJson(req: Request, _res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && hasBody && !req.is('application/json')) {
    return next(new ApiError('unsupported_media_type', 'send the body as application/json'));
  }
  next();
}
