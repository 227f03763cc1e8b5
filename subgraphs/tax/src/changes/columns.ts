import { col, type DeltaRow } from '@smart-casework/kit';

/** 異動事由 of the tax division's export. */
export const TAX_REASONS = ['当初賦課', '更正', '軽自動車登録', '軽自動車廃車', '固定資産取得', '固定資産喪失'] as const;
export type TaxReason = (typeof TAX_REASONS)[number];

export const TAX_STATUSES = ['課税', '均等割のみ', '非課税'] as const;
export const EXEMPT_REASONS = ['生活扶助', '障害者', '未成年者', 'ひとり親', '非課税限度額以下'] as const;

/** 軽自動車税 種別割 categories (DOMAIN.md 2.9). */
export const VEHICLE_KINDS = [
  '原付 50cc以下', '原付 50cc超90cc以下', '原付 90cc超125cc以下', 'ミニカー', '軽二輪 125cc超250cc以下', '二輪の小型自動車',
  '小型特殊 農耕作業用', '小型特殊 その他', '軽三輪', '軽四輪乗用 自家用', '軽四輪乗用 営業用', '軽四輪貨物 自家用', '軽四輪貨物 営業用',
] as const;

/** 地目 of the 土地課税台帳 and 種類 of the 家屋課税台帳. */
export const LAND_USES = ['宅地', '田', '畑', '山林', '原野', '雑種地', '池沼', '牧場', '鉱泉地'] as const;
export const BUILDING_KINDS = ['居宅', '共同住宅', '店舗', '事務所', '倉庫', '車庫', '工場', '併用住宅'] as const;

export const columns = {
  // 住民税 課税台帳 (当初賦課, 更正): amounts as assessed, not recomputed here.
  fiscalYear: col.int('年度', 2000, 2100).optional(),
  salaryRevenue: col.yen('給与収入').optional(),
  salaryIncome: col.yen('給与所得').optional(),
  pensionRevenue: col.yen('公的年金等収入').optional(),
  pensionIncome: col.yen('公的年金等所得').optional(),
  businessIncome: col.yen('事業所得').optional(),
  realEstateIncome: col.yen('不動産所得').optional(),
  miscellaneousIncome: col.yen('雑所得').optional(),
  totalIncome: col.yen('合計所得金額').optional(),
  taxStatus: col.oneOf('課税区分', TAX_STATUSES).optional(),
  exemptReason: col.oneOf('非課税事由', EXEMPT_REASONS).optional(),
  incomeLevy: col.yen('所得割額').optional(),
  perCapitaLevy: col.yen('均等割額').optional(),
  // 軽自動車税 課税台帳 (軽自動車登録, 軽自動車廃車)
  vehicleKind: col.oneOf('車両種別', VEHICLE_KINDS).optional(),
  plate: col.text('標識番号', 20).optional(),
  vehicleTax: col.yen('種別割額').optional(),
  // 土地・家屋課税台帳 (固定資産取得, 固定資産喪失)
  assetType: col.oneOf('資産区分', ['土地', '家屋'] as const).optional(),
  location: col.text('所在', 100).optional(),
  parcelNo: col.text('地番・家屋番号', 20).optional(),
  landUseOrKind: col.text('地目・種類', 10).optional(),
  structure: col.oneOf('構造', ['木造', '非木造'] as const).optional(),
  // 地積 and 床面積 are registered to the 0.01㎡.
  areaSqm: col.decimal('面積', 2, { positive: true }).optional(),
  builtYear: col.int('建築年', 1868, 2100).optional(),
  assessedValue: col.yen('評価額').optional(),
  taxableStandard: col.yen('課税標準額').optional(),
  housingLandRelief: col.oneOf('住宅用地特例', ['小規模住宅用地', '一般住宅用地'] as const).optional(),
};

export type TaxColumns = typeof columns;
export type TaxDeltaRow = DeltaRow<TaxReason, TaxColumns>;

