/**
 * The session: the gateway token in an httpOnly, SameSite=Strict cookie that the browser's
 * scripts never see. Server components, server actions and route handlers read it here.
 */
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { config } from './config';
import { secondsToExpiry } from './jwt';
import { SESSION_COOKIE } from './session-cookie';

export { SESSION_COOKIE };

export async function sessionToken(): Promise<string | null> {
  const store = await cookies();
  return store.get(SESSION_COOKIE)?.value ?? null;
}

/** The token, or a redirect to the sign-in page (with where to come back). */
export async function requireSession(returnTo = '/'): Promise<string> {
  const token = await sessionToken();
  if (!token) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  return token;
}

/** Cookie attributes of every cookie the portal sets: only over HTTPS when served over HTTPS. */
export function cookieOptions(maxAge: number) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config().publicUrl.startsWith('https:'),
    path: '/',
    maxAge,
  };
}

/** Keeps the token until it expires (server actions and route handlers only). */
export async function startSession(token: string): Promise<void> {
  const store = await cookies();
  store.set(SESSION_COOKIE, token, cookieOptions(secondsToExpiry(token)));
}

export async function endSession(): Promise<void> {
  const store = await cookies();
  store.delete(SESSION_COOKIE);
}
