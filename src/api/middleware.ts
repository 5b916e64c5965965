/** Request plumbing: authentication, content type. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { verifyToken } from '../auth/tokens';
import type { Principal, Staff } from '../services/deps';
import { HttpError } from './errors';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}

/** When a case's customer tokens were last rotated (seconds since the epoch); older ones are refused. */
export type TokensNotBefore = (caseId: string) => Promise<number>;

export function authenticate(secret: string, notBefore: TokensNotBefore): RequestHandler {
  return async (req, _res, next) => {
    const header = req.headers.authorization;
    if (!header) return next();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    try {
      const verified = match ? await verifyToken(secret, match[1]) : null;
      if (!verified) return next(new HttpError('unauthorized', 'invalid or expired token'));
      const p = verified.principal;
      if (p.kind === 'customer' && (verified.issuedAt ?? 0) < (await notBefore(p.caseId))) {
        return next(new HttpError('unauthorized', 'this token was replaced; use the newest one'));
      }
      req.principal = p;
      next();
    } catch (err) {
      next(err);
    }
  };
}

export function requirePrincipal(req: Request): Principal {
  if (!req.principal) throw new HttpError('unauthorized', 'credentials required');
  return req.principal;
}

export function requireStaff(req: Request, role: 'agent' | 'supervisor' = 'agent'): Staff {
  const p = requirePrincipal(req);
  if (p.kind !== 'staff') throw new HttpError('forbidden', 'staff only');
  if (role === 'supervisor' && p.role !== 'supervisor') throw new HttpError('forbidden', 'supervisors only');
  return p;
}

/** Bodies must be JSON; a POST without a body (claim, release) needs no content type. */
export function requireJson(req: Request, _res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && hasBody && !req.is('application/json')) {
    return next(new HttpError('unsupported_media_type', 'send the body as application/json'));
  }
  next();
}
