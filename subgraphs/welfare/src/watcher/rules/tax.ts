import { yen } from '@smart-casework/kit';
import { recognisedEarnings } from '../parameters';
import type { TaxRaw } from '../query';
import { arrow, incomeImpact, on, type DetectedChange, type RuleContext, type SectionRule } from './types';

/** 税務: the 住民税 assessment's status and income, and the asset and vehicle registers. */
export interface TaxFacts {
  hasRecord: boolean;
  fiscalYear: number;
  taxStatus: string | null;
  exemptReason: string | null;
  totalIncome: number | null;
  incomes: TaxRaw['incomes'];
  lands: TaxRaw['lands'];
  buildings: TaxRaw['buildings'];
  lightVehicles: TaxRaw['lightVehicles'];
}

const by = <T>(key: (x: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
const landKey = (l: TaxRaw['lands'][number]) => `${l.location}|${l.lotNo}`;
const buildingKey = (b: TaxRaw['buildings'][number]) => `${b.location}|${b.buildingNo}`;

export function taxFacts(raw: TaxRaw): TaxFacts {
  return {
    hasRecord: raw.hasRecord,
    fiscalYear: raw.fiscalYear,
    taxStatus: raw.taxStatus,
    exemptReason: raw.exemptReason,
    totalIncome: raw.totalIncome,
    incomes: [...raw.incomes].sort(by((i) => i.kind)),
    lands: [...raw.lands].sort(by(landKey)),
    buildings: [...raw.buildings].sort(by(buildingKey)),
    lightVehicles: [...raw.lightVehicles].sort(by((v) => v.plate)),
  };
}

/** Kinds of income that are earnings, so that 勤労控除 applies to them. */
const EARNED = new Set(['給与', '事業']);

/**
 * The monthly income a caseworker would recognise from an assessment: earnings (給与 gross,
 * 事業 after expenses) after the approximate 勤労控除, everything else in full.
 */
export function recognisedMonthlyIncome(facts: TaxFacts, day: string): number {
  let earned = 0;
  let other = 0;
  for (const i of facts.incomes) {
    if (i.kind === '給与') earned += i.revenue;
    else if (EARNED.has(i.kind)) earned += i.income;
    else if (i.kind === '公的年金等') other += i.revenue;
    else other += i.income;
  }
  return recognisedEarnings(Math.floor(earned / 12), day) + Math.floor(other / 12);
}

function statusChange(before: TaxFacts, after: TaxFacts, ctx: RuleContext): DetectedChange[] {
  if (before.taxStatus === after.taxStatus) return [];
  const label = (f: TaxFacts) => (f.taxStatus && f.exemptReason ? `${f.taxStatus}（${f.exemptReason}）` : f.taxStatus ?? '未申告');
  const pick = (f: TaxFacts) => ({ fiscalYear: f.fiscalYear, taxStatus: f.taxStatus, exemptReason: f.exemptReason });
  return [{ kind: '課税状況変更', summary: `${ctx.name} の住民税課税区分が ${label(before)} → ${label(after)} に変更（${after.fiscalYear}年度）`, before: pick(before), after: pick(after), effectiveDate: null, estimatedMonthlyImpact: null }];
}

function incomeIncrease(before: TaxFacts, after: TaxFacts, ctx: RuleContext): DetectedChange[] {
  if ((after.totalIncome ?? 0) <= (before.totalIncome ?? 0)) return [];
  const impact = incomeImpact(recognisedMonthlyIncome(after, ctx.today) - recognisedMonthlyIncome(before, ctx.today));
  const pick = (f: TaxFacts) => ({ fiscalYear: f.fiscalYear, totalIncome: f.totalIncome, incomes: f.incomes });
  const total = (f: TaxFacts) => (f.totalIncome === null ? null : yen(f.totalIncome));
  return [{ kind: '所得増加', summary: `${ctx.name} の合計所得金額が ${arrow(total(before), total(after))} に増加（${after.fiscalYear - 1}年分）`, before: pick(before), after: pick(after), effectiveDate: null, estimatedMonthlyImpact: impact }];
}

function assetsAcquired(before: TaxFacts, after: TaxFacts, ctx: RuleContext): DetectedChange[] {
  const lands = new Set(before.lands.map(landKey));
  const buildings = new Set(before.buildings.map(buildingKey));
  const found: DetectedChange[] = [];
  for (const l of after.lands.filter((x) => !lands.has(landKey(x)))) {
    found.push({ kind: '固定資産取得', summary: `${ctx.name} が土地（${l.location} ${l.lotNo}、${l.landUse} ${l.areaSqm}㎡、評価額 ${yen(l.assessedValue)}）を所有`, before: null, after: l, effectiveDate: null, estimatedMonthlyImpact: null, subject: `land:${landKey(l)}` });
  }
  for (const b of after.buildings.filter((x) => !buildings.has(buildingKey(x)))) {
    found.push({ kind: '固定資産取得', summary: `${ctx.name} が家屋（${b.location} ${b.buildingNo}、${b.kind} ${b.floorAreaSqm}㎡、評価額 ${yen(b.assessedValue)}）を所有`, before: null, after: b, effectiveDate: null, estimatedMonthlyImpact: null, subject: `building:${buildingKey(b)}` });
  }
  return found;
}

function vehiclesAcquired(before: TaxFacts, after: TaxFacts, ctx: RuleContext): DetectedChange[] {
  const plates = new Set(before.lightVehicles.map((v) => v.plate));
  return after.lightVehicles
    .filter((v) => !plates.has(v.plate))
    .map((v) => ({ kind: '軽自動車取得', summary: `${ctx.name} 名義で軽自動車（${v.kind} ${v.plate}）が登録${on(v.registeredOn)}`, before: null, after: v, effectiveDate: v.registeredOn, estimatedMonthlyImpact: null, subject: `vehicle:${v.plate}` }));
}

export const taxRule: SectionRule<TaxFacts> = (before, after, ctx) => [
  ...statusChange(before, after, ctx),
  ...incomeIncrease(before, after, ctx),
  ...assetsAcquired(before, after, ctx),
  ...vehiclesAcquired(before, after, ctx),
];
