import { fiscalYearOf, presenceProblems, type Message, type ReasonColumns } from '@smart-casework/kit';
import { BUILDING_KINDS, columns, LAND_USES, type TaxColumns, type TaxDeltaRow, type TaxReason } from './columns';

type Key = keyof TaxColumns;

const ASSESSMENT: readonly Key[] = ['salaryRevenue', 'salaryIncome', 'pensionRevenue', 'pensionIncome', 'businessIncome', 'realEstateIncome', 'miscellaneousIncome', 'exemptReason'];
const ASSESSED: readonly Key[] = ['fiscalYear', 'totalIncome', 'taxStatus', 'incomeLevy', 'perCapitaLevy'];

const REASON_COLUMNS: Record<TaxReason, ReasonColumns<Key>> = {
  当初賦課: { required: ASSESSED, optional: ASSESSMENT },
  更正: { required: ASSESSED, optional: ASSESSMENT },
  軽自動車登録: { required: ['vehicleKind', 'plate', 'vehicleTax'] },
  軽自動車廃車: { required: ['plate'], optional: ['vehicleKind'] },
  固定資産取得: { required: ['assetType', 'location', 'parcelNo', 'landUseOrKind', 'areaSqm', 'assessedValue'], optional: ['structure', 'builtYear', 'taxableStandard', 'housingLandRelief'] },
  固定資産喪失: { required: ['assetType', 'location', 'parcelNo'], optional: ['landUseOrKind'] },
};

const msg = (ja: string, en: string): Message => ({ ja, en });

/** 収入 and 所得 of salary or pensions come together, and the 所得 (after the deduction) is not above the 収入. */
function pairProblems(kind: string, revenue: number | null, income: number | null): Message[] {
  if ((revenue === null) !== (income === null)) return [msg(`${kind}収入と${kind}所得は両方とも記入してください。`, `${kind} revenue and income go together`)];
  if (revenue !== null && income !== null && income > revenue) return [msg(`${kind}所得 ${income} が${kind}収入 ${revenue} を超えています。`, `${kind} income ${income} exceeds its revenue ${revenue}`)];
  return [];
}

/** 課税区分 decides which levies there are: 非課税 none (with a 事由), 均等割のみ only the 均等割, 課税 both. */
function statusProblems(row: TaxDeltaRow): Message[] {
  const { taxStatus, exemptReason, incomeLevy, perCapitaLevy } = row;
  if (taxStatus === '非課税') {
    const problems = exemptReason === null ? [msg('非課税には非課税事由が必要です。', '非課税 (exempt) needs an exemption reason')] : [];
    if (incomeLevy !== 0 || perCapitaLevy !== 0) problems.push(msg('非課税なのに所得割額・均等割額が0ではありません。', 'an exempt assessment has a levy other than 0'));
    return problems;
  }
  const problems = exemptReason !== null ? [msg(`${taxStatus} に非課税事由は書けません。`, `an exemption reason is not allowed with ${taxStatus}`)] : [];
  if (perCapitaLevy === 0) problems.push(msg(`${taxStatus} なのに均等割額が0です。`, `${taxStatus} needs a per-capita levy above 0`));
  if (taxStatus === '課税' && incomeLevy === 0) problems.push(msg('課税なのに所得割額が0です（均等割だけなら均等割のみ）。', '課税 needs an income levy above 0 (use 均等割のみ for the per-capita levy only)'));
  if (taxStatus === '均等割のみ' && incomeLevy !== 0) problems.push(msg('均等割のみなのに所得割額が0ではありません。', '均等割のみ must have an income levy of 0'));
  return problems;
}

function assessmentProblems(row: TaxDeltaRow): Message[] {
  const problems = [...pairProblems('給与', row.salaryRevenue, row.salaryIncome), ...pairProblems('公的年金等', row.pensionRevenue, row.pensionIncome), ...statusProblems(row)];
  const sum = [row.salaryIncome, row.pensionIncome, row.businessIncome, row.realEstateIncome, row.miscellaneousIncome].reduce<number>((total, v) => total + (v ?? 0), 0);
  if (row.totalIncome !== sum) problems.push(msg(`合計所得金額 ${row.totalIncome} が各所得の合計 ${sum} と一致しません。`, `total income ${row.totalIncome} is not the sum of the incomes (${sum})`));
  const year = fiscalYearOf(row.effectiveDate);
  // 当初賦課 is the assessment of the year it is made in; 更正 may revise earlier years (never later ones).
  if (row.reason === '当初賦課' && row.fiscalYear !== year) problems.push(msg(`当初賦課の年度 ${row.fiscalYear} が異動日の年度 ${year} と異なります。`, `an initial assessment's fiscal year ${row.fiscalYear} is not that of its effective date (${year})`));
  if (row.reason === '更正' && row.fiscalYear !== null && row.fiscalYear > year) problems.push(msg(`更正の年度 ${row.fiscalYear} が異動日の年度 ${year} より後です。`, `a revision's fiscal year ${row.fiscalYear} is after that of its effective date (${year})`));
  return problems;
}

function assetProblems(row: TaxDeltaRow): Message[] {
  if (row.reason !== '固定資産取得') return [];
  const problems: Message[] = [];
  const land = row.assetType === '土地';
  const kinds: readonly string[] = land ? LAND_USES : BUILDING_KINDS;
  if (row.landUseOrKind !== null && !kinds.includes(row.landUseOrKind)) problems.push(msg(`${land ? '地目' : '種類'}「${row.landUseOrKind}」は次のいずれかにしてください: ${kinds.join('、')}`, `${land ? 'land use' : 'building kind'} "${row.landUseOrKind}" must be one of: ${kinds.join(', ')}`));
  if (land && (row.structure !== null || row.builtYear !== null)) problems.push(msg('土地に構造・建築年は書けません。', 'land has no structure or year built'));
  if (!land && (row.structure === null || row.builtYear === null)) problems.push(msg('家屋には構造と建築年が必要です。', 'a building needs its structure and year built'));
  if (!land && (row.taxableStandard !== null || row.housingLandRelief !== null)) problems.push(msg('課税標準額・住宅用地特例は土地だけに書けます。', 'taxable standard and housing-land relief are for land only'));
  if (row.housingLandRelief !== null && row.landUseOrKind !== '宅地') problems.push(msg('住宅用地特例は地目が宅地の土地だけです。', 'housing-land relief applies to residential land (宅地) only'));
  if (row.taxableStandard !== null && row.assessedValue !== null && row.taxableStandard > row.assessedValue) problems.push(msg('課税標準額が評価額を超えています。', 'the taxable standard exceeds the assessed value'));
  return problems;
}

/** Cross-column rules of one row, by reason. */
export function validateTaxRow(row: TaxDeltaRow): Message[] {
  const presence = presenceProblems(columns, row, row.reason, REASON_COLUMNS[row.reason]);
  if (presence.length > 0) return presence;
  if (row.reason === '当初賦課' || row.reason === '更正') return assessmentProblems(row);
  return assetProblems(row);
}
