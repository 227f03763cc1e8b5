import { departmentUpdatedAt, onceLoader, rowsLoader, type Knex } from '@smart-casework/kit';
import { certificationsByRecipients } from './data/certifications';
import { countedChildrenByChildren, countedChildrenByRecipients } from './data/children';
import { revisionsByRecipients } from './data/revisions';

/** Every loader is keyed by a person's atenaNo, so one section costs one batch per loader. */
export function createLoaders(db: Knex) {
  return {
    certificationsByRecipient: rowsLoader((keys: readonly string[]) => certificationsByRecipients(db, keys), (row) => row.recipient_atena_no),
    countedChildrenByRecipient: rowsLoader((keys: readonly string[]) => countedChildrenByRecipients(db, keys), (row) => row.recipient_atena_no),
    revisionsByRecipient: rowsLoader((keys: readonly string[]) => revisionsByRecipients(db, keys), (row) => row.recipient_atena_no),
    countedInByChild: rowsLoader((keys: readonly string[]) => countedChildrenByChildren(db, keys), (row) => row.child_atena_no),
    asOf: onceLoader(() => departmentUpdatedAt(db)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
