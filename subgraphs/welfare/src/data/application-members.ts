import type { Knex } from '@smart-casework/kit';

/** A person listed on an application (申請書の世帯員). */
export interface ApplicationMemberRow {
  application_no: string;
  atena_no: string;
}

export function applicationMembersByApplicationNos(db: Knex, applicationNos: readonly string[]): Promise<ApplicationMemberRow[]> {
  return db('application_members').select('application_no', 'atena_no').whereIn('application_no', applicationNos).orderBy(['application_no', 'display_order']);
}

export function applicationMembershipsByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<ApplicationMemberRow[]> {
  return db('application_members').select('application_no', 'atena_no').whereIn('atena_no', atenaNos).orderBy(['atena_no', 'application_no']);
}
