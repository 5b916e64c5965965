/**
 * Tokens, HS256 only. Staff JWTs (signed with AUTH_SECRET; `npm run token` or any issuer that knows the
 * secret) carry `sub`, `role` and optionally `exp`, `name`, and the staff audience. Customer tokens are
 * bound to one case, carry the customer audience and expire; a case's tokens issued before its
 * `notBefore` (set by rotation) are refused.
 */
import { SignJWT, errors, jwtVerify } from 'jose';
import type { Principal } from '../services/deps';

export type StaffRole = 'agent' | 'supervisor';

const ALG = 'HS256';
const ISSUER = 'casework';
export const STAFF_AUDIENCE = 'casework:staff';
export const CUSTOMER_AUDIENCE = 'casework:customer';
const CUSTOMER_ROLE = 'customer';

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signStaffToken(
  secret: string,
  claims: { sub: string; role: StaffRole; name?: string },
  expiresIn?: string,
): Promise<string> {
  const jwt = new SignJWT({ role: claims.role, ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg: ALG })
    .setIssuer(ISSUER)
    .setAudience(STAFF_AUDIENCE)
    .setSubject(claims.sub)
    .setIssuedAt();
  if (expiresIn) jwt.setExpirationTime(expiresIn);
  return jwt.sign(key(secret));
}

/** Deterministic for a case and an issue time, so an idempotent intake replay returns the very same token. */
export async function signCustomerToken(
  secret: string,
  caseId: string,
  customerId: string,
  issuedAt: string,
  ttlMs: number,
): Promise<string> {
  const iat = Math.floor(Date.parse(issuedAt) / 1000);
  return new SignJWT({ role: CUSTOMER_ROLE, caseId })
    .setProtectedHeader({ alg: ALG })
    .setIssuer(ISSUER)
    .setAudience(CUSTOMER_AUDIENCE)
    .setSubject(customerId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + Math.floor(ttlMs / 1000))
    .sign(key(secret));
}

export interface VerifiedToken {
  principal: Principal;
  /** seconds since the epoch */
  issuedAt: number | null;
}

export async function verifyToken(secret: string, token: string): Promise<VerifiedToken | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: [ALG] });
    const sub = typeof payload.sub === 'string' && payload.sub ? payload.sub : null;
    if (!sub) return null;
    const aud = payload.aud === undefined ? [] : Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    const issuedAt = typeof payload.iat === 'number' ? payload.iat : null;
    if (payload.role === CUSTOMER_ROLE) {
      if (typeof payload.caseId !== 'string' || !aud.includes(CUSTOMER_AUDIENCE) || payload.exp === undefined)
        return null;
      return { principal: { kind: 'customer', caseId: payload.caseId, customerId: sub }, issuedAt };
    }
    // tokens minted by other issuers that know the secret may leave the audience out (the contract's claims)
    if (aud.length && !aud.includes(STAFF_AUDIENCE)) return null;
    if (payload.role === 'agent' || payload.role === 'supervisor') {
      return {
        principal: {
          kind: 'staff',
          id: sub,
          role: payload.role,
          ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
        },
        issuedAt,
      };
    }
    return null;
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}
