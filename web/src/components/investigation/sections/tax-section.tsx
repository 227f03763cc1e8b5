/**
 * 税務 in the investigation list: 住民税 assessment, income by kind, 扶養, 固定資産 and 軽自動車.
 * The fragment asks for what the lines show; the screen, the print and the exports share the lines.
 */
import { graphql } from '@/gql';
import type { TaxSectionFragment } from '@/gql/graphql';
import { date, fiscalYear, line, parts, squareMetres, yen, type SectionLine } from './lines';

export const TaxSection = graphql(`
  fragment TaxSection on TaxRecord {
    source
    sourceName
    hasRecord
    asOf
    findings { code severity message }
    fiscalYear
    incomeYear
    taxStatus
    exemptReason
    incomeLevy
    perCapitaLevy
    totalIncome
    dependantCount
    incomes { kind revenue income }
    dependants { atenaNo name }
    claimedBy { atenaNo name }
    claimedFromOutsideHousehold
    lands { location lotNo landUse areaSqm assessedValue }
    buildings { location buildingNo kind structure floorAreaSqm builtYear assessedValue }
    lightVehicles { kind plate registeredOn annualTax }
  }
`);

function assessment(r: TaxSectionFragment): SectionLine[] {
  const lines = [
    line('年度', `${fiscalYear(r.fiscalYear)}・所得年 ${r.incomeYear}年`),
    line('課税区分', r.taxStatus ? parts(r.taxStatus, r.exemptReason && `非課税事由: ${r.exemptReason}`) : '未申告または課税資料なし'),
  ];
  if (r.incomeLevy !== null || r.perCapitaLevy !== null) lines.push(line('税額', `所得割 ${yen(r.incomeLevy)}・均等割 ${yen(r.perCapitaLevy)}`));
  if (r.totalIncome !== null) lines.push(line('合計所得金額', yen(r.totalIncome), r.totalIncome));
  if (r.dependantCount !== null) lines.push(line('扶養人数', `${r.dependantCount}人`));
  for (const i of r.incomes) lines.push(line(`所得（${i.kind}）`, `収入 ${yen(i.revenue)}・所得 ${yen(i.income)}`));
  return lines;
}

function support(r: TaxSectionFragment): SectionLine[] {
  const lines: SectionLine[] = [];
  if (r.dependants.length > 0) lines.push(line('扶養親族', r.dependants.map((d) => d.name).join('、')));
  if (r.claimedBy) {
    const where = r.claimedFromOutsideHousehold ? '別居（扶養義務者の確認）' : '同一世帯';
    lines.push(line('扶養者', `${r.claimedBy.name}（この人を扶養控除の対象にしている）・${where}`));
  }
  return lines;
}

function assets(r: TaxSectionFragment): SectionLine[] {
  return [
    ...r.lands.map((l) => line('土地', parts(`${l.location} ${l.lotNo}`, l.landUse, squareMetres(l.areaSqm), `価格 ${yen(l.assessedValue)}`))),
    ...r.buildings.map((b) =>
      line('家屋', parts(`${b.location} ${b.buildingNo}`, b.kind, b.structure, squareMetres(b.floorAreaSqm), `${b.builtYear}年建築`, `価格 ${yen(b.assessedValue)}`)),
    ),
    ...r.lightVehicles.map((v) => line('軽自動車', parts(v.kind, v.plate, `登録 ${date(v.registeredOn)}`, `年税額 ${yen(v.annualTax)}`))),
  ];
}

export function taxLines(record: TaxSectionFragment): SectionLine[] {
  return [...assessment(record), ...support(record), ...assets(record)];
}
