/** The staff token pasted on the agent and supervisor pages, kept for this browser tab only. */
import { useState } from 'preact/hooks';

const KEY = 'casework.staffToken';

export interface StaffClaims {
  sub: string;
  role: 'agent' | 'supervisor';
  name?: string;
  exp?: number;
}

export function claimsOf(token: string): StaffClaims | null {
  try {
    const part = token.split('.')[1];
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const c = JSON.parse(json) as Partial<StaffClaims>;
    if (typeof c.sub !== 'string' || (c.role !== 'agent' && c.role !== 'supervisor')) return null;
    return c as StaffClaims;
  } catch {
    return null;
  }
}

export function useStaffSession() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(KEY));
  const claims = token ? claimsOf(token) : null;
  return {
    token: claims ? token : null,
    claims,
    signIn(t: string) {
      sessionStorage.setItem(KEY, t);
      setToken(t);
    },
    signOut() {
      sessionStorage.removeItem(KEY);
      setToken(null);
    },
  };
}
