/**
 * Who is signed in, for display (header, print header, export meta): read from the session
 * token's claims. The gateway verifies the same token on every query, so a page that shows
 * data was rendered for the identity shown here.
 */
import { decodeClaims } from './jwt';
import { sessionToken } from './session';

export interface SignedInStaff {
  staffId: string;
  name: string;
  role: string;
}

export const ROLE_LABEL: Record<string, string> = {
  caseworker: 'ケースワーカー',
  supervisor: '査察指導員',
  tax: '税務課',
  auditor: '監査担当',
  service: 'システム',
};

/** Roles whose users receive change notices (異動通知): the stream, the badge and the inbox are theirs. */
export function receivesNotices(role: string): boolean {
  return role === 'caseworker' || role === 'supervisor';
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function staffFromToken(token: string): SignedInStaff | null {
  const claims = decodeClaims(token);
  if (!claims) return null;
  const staffId = text(claims.sub) ?? text(claims.preferred_username);
  if (!staffId) return null;
  const role = Array.isArray(claims.role) ? claims.role.find((r) => typeof r === 'string') : claims.role;
  return { staffId, name: text(claims.name) ?? staffId, role: text(role) ?? '' };
}

export async function signedInStaff(): Promise<SignedInStaff | null> {
  const token = await sessionToken();
  return token ? staffFromToken(token) : null;
}
