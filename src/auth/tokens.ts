/** Staff JWTs (HS256, AUTH_SECRET) and customer tokens bound to one case. */
import { SignJWT, errors, jwtVerify } from 'jose';

export type StaffRole = 'agent' | 'supervisor';

export type Principal =
  | { kind: 'staff'; id: string; role: StaffRole; name?: string }
  | { kind: 'customer'; caseId: string; customerId: string };

const ALG = 'HS256';
const CUSTOMER_ROLE = 'customer';

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signStaffToken(
  secret: string,
  claims: { sub: string; role: StaffRole; name?: string },
  expiresIn?: string,
): Promise<string> {
  const jwt = new SignJWT({ role: claims.role, ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg: ALG })
    .setSubject(claims.sub)
    .setIssuedAt();
  if (expiresIn) jwt.setExpirationTime(expiresIn);
  return jwt.sign(key(secret));
}

/** Deterministic for a case, so an idempotent intake replay returns the very same token. */
export async function signCustomerToken(secret: string, caseId: string, customerId: string): Promise<string> {
  return new SignJWT({ role: CUSTOMER_ROLE, caseId })
    .setProtectedHeader({ alg: ALG })
    .setSubject(customerId)
    .sign(key(secret));
}

export async function verifyToken(secret: string, token: string): Promise<Principal | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: [ALG] });
    const sub = typeof payload.sub === 'string' ? payload.sub : null;
    if (!sub) return null;
    if (payload.role === CUSTOMER_ROLE && typeof payload.caseId === 'string') {
      return { kind: 'customer', caseId: payload.caseId, customerId: sub };
    }
    if (payload.role === 'agent' || payload.role === 'supervisor') {
      return {
        kind: 'staff',
        id: sub,
        role: payload.role,
        ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
      };
    }
    return null;
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}
