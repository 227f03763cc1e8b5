import type { Knex } from '@smart-casework/kit';

/** One 障害福祉サービス 支給決定 (service and period granted). */
export interface ServiceRow {
  atena_no: string;
  /** サービス種別 (居宅介護, 生活介護, 就労継続支援B型 …) */
  service_kind: string;
  granted_from: string;
  granted_to: string;
  /** 支給量, e.g. 月30時間 or 月22日 */
  granted_quantity: string;
  /** 障害支援区分 (区分1–6), where the service needs one. */
  support_level: string | null;
  /** 利用者負担上限月額 in yen (0 for 生活保護 and 低所得). */
  copay_cap: number;
}

/** Latest period first for each person. */
export function servicesByAtenaNos(db: Knex, atenaNos: readonly string[]): Promise<ServiceRow[]> {
  return db('disability_services').select('*').whereIn('atena_no', atenaNos).orderBy([{ column: 'atena_no' }, { column: 'granted_from', order: 'desc' }, { column: 'service_kind' }]);
}
