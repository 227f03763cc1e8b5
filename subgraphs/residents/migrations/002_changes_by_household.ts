import type { Migration } from '@smart-casework/kit';

/**
 * 異動履歴 by the household a person left: a household's former members (転出, 分離, 死亡 …) are
 * found through it. Without the index every lookup scanned the whole history; the gateway asks
 * for the former members of every household a caseworker or supervisor may investigate (their
 * reach), a supervisor's two thousand households at a time.
 */
export const changesByHousehold: Migration = {
  name: '002_changes_by_household',
  async up(db) {
    await db.schema.alterTable('resident_changes', (t) => t.index(['household_no_before'], 'resident_changes_household_no_before_index'));
  },
  async down(db) {
    await db.schema.alterTable('resident_changes', (t) => t.dropIndex(['household_no_before'], 'resident_changes_household_no_before_index'));
  },
};
