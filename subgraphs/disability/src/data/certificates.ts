import type { Knex } from '@smart-casework/kit';

/** One 障害者手帳. */
export interface CertificateRow {
  atena_no: string;
  /** 手帳種別: 身体 / 療育 / 精神 */
  kind: string;
  certificate_no: string;
  /** 身体 1級–6級, 療育 A/B (判定), 精神 1級–3級 */
  grade: string;
  /** 身体: 障害名 as recorded (視覚, 肢体不自由, 心臓機能 …). */
  impairment: string | null;
  /** 身体: 障害種別 (視覚障害, 聴覚・平衡機能障害, 音声・言語・そしゃく機能障害, 肢体不自由, 内部障害). */
  impairment_group: string | null;
  first_issued_on: string;
  issued_on: string;
  /** 再認定・次回判定 date, when set. */
  reassess_on: string | null;
  /** 有効期限 (精神 only). */
  valid_until: string | null;
}

export function certificatesByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<CertificateRow[]> {
  return db('disability_certificates').select('*').whereIn('atena_no', atenaNos).orderBy(['atena_no', 'kind']);
}
