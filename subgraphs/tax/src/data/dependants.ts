import { inChunks, insertChunked, MAX_PARAMS, type Knex } from '@smart-casework/kit';

/** A dependant claimed in a taxpayer's assessment (扶養親族 / 配偶者). */
export interface DependantRow {
  fiscal_year: number;
  taxpayer_atena_no: string;
  dependant_atena_no: string;
  /** 配偶者, 扶養親族 or 年少扶養親族 (under 16, counted but not deducted). */
  relation: string;
  /** 別居: the taxpayer and the dependant live in different households. */
  living_apart: boolean;
}

/** A claim seen from one of the two persons in it. */
export interface DependantLink extends DependantRow {
  /** The person the link was loaded for (either side). */
  key: string;
}

/**
 * Claims in which the given persons are either side, as links keyed by each side. The keys are
 * bound twice, so a batch is split to stay under every dialect's parameter limit.
 */
export async function dependantLinksByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<DependantLink[]> {
  const links: DependantLink[] = [];
  for (let i = 0; i < atenaNos.length; i += MAX_PARAMS / 2) {
    const keys = atenaNos.slice(i, i + MAX_PARAMS / 2);
    const rows: DependantRow[] = await db('resident_tax_dependants').select('*').whereIn('taxpayer_atena_no', keys).orWhereIn('dependant_atena_no', keys).orderBy(['fiscal_year', 'taxpayer_atena_no', 'dependant_atena_no']);
    for (const row of rows) {
      // MariaDB and SQLite return booleans as 0/1.
      const normalised = { ...row, living_apart: Boolean(row.living_apart) };
      links.push({ ...normalised, key: row.taxpayer_atena_no });
      if (row.dependant_atena_no !== row.taxpayer_atena_no) links.push({ ...normalised, key: row.dependant_atena_no });
    }
  }
  return links;
}

/** The claims the given taxpayers made in a fiscal year. */
export async function claimsOfTaxpayers(db: Knex, taxpayers: readonly string[], fiscalYear: number): Promise<DependantRow[]> {
  const rows = await inChunks(taxpayers, (chunk) => db('resident_tax_dependants').select('*').where({ fiscal_year: fiscalYear }).whereIn('taxpayer_atena_no', chunk));
  return rows.map((row: DependantRow) => ({ ...row, living_apart: Boolean(row.living_apart) }));
}

export async function insertClaims(db: Knex, rows: readonly DependantRow[]): Promise<void> {
  await insertChunked(db, 'resident_tax_dependants', rows);
}
