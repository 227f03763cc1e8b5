'use server';

/** Sign-in (dev mode) and sign-out, as server actions: the token goes from the gateway straight into the cookie. */
import { redirect } from 'next/navigation';
import { config } from '@/lib/config';
import { fetchDevToken } from '@/lib/dev-token';
import { landingPath } from '@/lib/duties';
import { staffFromToken } from '@/lib/identity';
import { safeReturnPath } from '@/lib/return-path';
import { endSession, startSession } from '@/lib/session';

const STAFF_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function signInAsDev(formData: FormData): Promise<void> {
  const next = safeReturnPath(formData.get('next'));
  const back = (error: string) => redirect(`/signin?error=${error}&next=${encodeURIComponent(next)}`);
  if (config().authMode !== 'dev') back('not-dev');
  const userId = formData.get('userId');
  if (typeof userId !== 'string' || !STAFF_ID.test(userId)) back('unknown-staff');
  const result = await fetchDevToken(String(userId));
  if (!result.ok) back(result.error);
  else {
    await startSession(result.token);
    // Straight to where the role works (the auditor: the audit log) unless sent elsewhere.
    redirect(next === '/' ? landingPath(staffFromToken(result.token)?.role ?? '') : next);
  }
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect('/signin?signedOut=1');
}
