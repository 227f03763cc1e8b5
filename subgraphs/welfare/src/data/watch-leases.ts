import type { Knex } from '@smart-casework/kit';

/** Who holds a lease, and until when (ISO date-time). */
export interface LeaseHolder {
  holder: string;
  expiresAt: string;
}

export type LeaseResult = { acquired: true } | { acquired: false; heldBy: LeaseHolder | null };

/**
 * Takes the named lease for `holder` until `expiresAt` when it is free, expired, or already
 * theirs. A conditional update (or an insert that the primary key lets only one writer win)
 * decides it in the database, so two processes can never both get it.
 */
export async function acquireLease(db: Knex, name: string, holder: string, now: string, expiresAt: string): Promise<LeaseResult> {
  const updated = await db('watch_leases')
    .where('name', name)
    .andWhere((q) => q.where('expires_at', '<=', now).orWhere('holder', holder))
    .update({ holder, expires_at: expiresAt });
  if (updated === 1) return { acquired: true };
  const existing = await db('watch_leases').where('name', name).first('holder', 'expires_at');
  if (!existing) {
    try {
      await db('watch_leases').insert({ name, holder, expires_at: expiresAt });
      return { acquired: true };
    } catch {
      // Another process inserted it between our read and our insert: it holds the lease.
    }
  }
  const row = existing ?? (await db('watch_leases').where('name', name).first('holder', 'expires_at'));
  return { acquired: false, heldBy: row ? { holder: String(row.holder), expiresAt: String(row.expires_at) } : null };
}

/** Extends the lease; false when it is no longer ours (it expired and someone else took it). */
export async function renewLease(db: Knex, name: string, holder: string, expiresAt: string): Promise<boolean> {
  const updated = await db('watch_leases').where({ name, holder }).update({ expires_at: expiresAt });
  return updated === 1;
}

/** Gives the lease up at once, if it is still ours. */
export async function releaseLease(db: Knex, name: string, holder: string): Promise<void> {
  await db('watch_leases').where({ name, holder }).delete();
}
