/** Asks the gateway (AUTH_MODE=dev only) for a seeded staff member's token. */
import { config } from './config';

export type DevTokenResult = { ok: true; token: string } | { ok: false; error: 'unknown-staff' | 'gateway' };

export async function fetchDevToken(userId: string): Promise<DevTokenResult> {
  let response: Response;
  try {
    response = await fetch(`${config().gatewayUrl}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return { ok: false, error: 'gateway' };
  }
  if (response.status === 404) return { ok: false, error: 'unknown-staff' };
  const body: unknown = await response.json().catch(() => null);
  const token = body !== null && typeof body === 'object' && 'token' in body ? body.token : undefined;
  if (!response.ok || typeof token !== 'string') return { ok: false, error: 'gateway' };
  return { ok: true, token };
}
