import { describe, expect, it } from 'vitest';
import type { AssessmentRow } from './data/assessments';
import type { DependantRow } from './data/dependants';
import { assetFindings, incomeFindings, statusFindings, supportFindings, taxFindings, vehicleFindings } from './findings';
import type { TaxFacts } from './record';

const A = '000000019';
const B = '000000027';

function facts(overrides: Partial<TaxFacts> = {}): TaxFacts {
  return { fiscalYear: 2025, assessment: null, dependants: [], claimedBy: null, incomes: [], lands: [], buildings: [], lightVehicles: [], ...overrides };
}

function assessment(overrides: Partial<AssessmentRow> = {}): AssessmentRow {
  return { atena_no: A, fiscal_year: 2025, tax_status: '課税', exempt_reason: null, total_income: 2_020_000, income_levy: 123_500, per_capita_levy: 5_000, dependant_count: 0, ...overrides };
}

function claim(overrides: Partial<DependantRow> = {}): DependantRow {
  return { fiscal_year: 2025, taxpayer_atena_no: B, dependant_atena_no: A, relation: '扶養親族', living_apart: true, ...overrides };
}

describe('tax findings', () => {
  it('says nothing about a person the division holds nothing on', () => {
    expect(taxFindings(facts())).toEqual([]);
  });

  it('flags a taxable person with the levies', () => {
    const [taxable] = statusFindings(facts({ assessment: assessment() }));
    expect(taxable).toMatchObject({ code: 'TAX_TAXABLE', severity: 'warning' });
    expect(taxable?.message).toContain('令和7年度');
    expect(taxable?.message).toContain('123,500円');
    expect(statusFindings(facts({ assessment: assessment({ tax_status: '均等割のみ', income_levy: 0 }) }))[0]?.code).toBe('TAX_PER_CAPITA_ONLY');
    expect(statusFindings(facts({ assessment: assessment({ tax_status: '非課税', exempt_reason: '非課税限度額以下', total_income: 300_000 }) }))).toEqual([]);
  });

  it('flags income above the 所得割 limit hidden by a 生活扶助 exemption, at the limit for the dependants', () => {
    const exempt = (total: number, dependants = 0) => facts({ assessment: assessment({ tax_status: '非課税', exempt_reason: '生活扶助', total_income: total, income_levy: 0, per_capita_levy: 0, dependant_count: dependants }) });
    expect(statusFindings(exempt(450_000))).toEqual([]);
    const [above] = statusFindings(exempt(450_001));
    expect(above).toMatchObject({ code: 'TAX_INCOME_ABOVE_EXEMPTION_LIMIT', severity: 'warning' });
    expect(above?.message).toContain('450,000円');
    // one dependant: 350,000 × 2 + 320,000 + 100,000
    expect(statusFindings(exempt(1_120_000, 1))).toEqual([]);
    expect(statusFindings(exempt(1_120_001, 1))).toHaveLength(1);
  });

  it('flags each kind of income with revenue, with both amounts, for the year shown only', () => {
    const found = incomeFindings(
      facts({
        incomes: [
          { atena_no: A, fiscal_year: 2025, kind: '給与', revenue: 3_000_000, income: 2_020_000 },
          { atena_no: A, fiscal_year: 2025, kind: '公的年金等', revenue: 0, income: 0 },
          { atena_no: A, fiscal_year: 2025, kind: '事業', revenue: 500_000, income: 500_000 },
          { atena_no: A, fiscal_year: 2024, kind: '雑', revenue: 90_000, income: 90_000 },
        ],
      }),
    );
    expect(found.map((f) => f.code)).toEqual(['TAX_INCOME_SALARY', 'TAX_INCOME_BUSINESS']);
    expect(found[0]?.message).toBe('2024年分 給与収入 3,000,000円（所得 2,020,000円）: 収入申告と照合してください');
  });

  it('flags land and buildings as assets to use (法4条), with totals', () => {
    const land = { id: 1, atena_no: A, location: '試験市中央一丁目', lot_no: '1番', land_use: '宅地', area_sqm: 150.5, assessed_value: 6_000_000, taxable_standard: 1_000_000, housing_land_relief: '小規模住宅用地' };
    const building = { id: 1, atena_no: A, location: '試験市中央一丁目', building_no: '1番の1', kind: '居宅', structure: '木造', floor_area_sqm: 90, built_year: 1990, assessed_value: 2_000_000 };
    const found = assetFindings(facts({ lands: [land, { ...land, id: 2, area_sqm: 49.5, assessed_value: 1_000_000 }], buildings: [building] }));
    expect(found.map((f) => [f.code, f.severity])).toEqual([
      ['TAX_LAND', 'warning'],
      ['TAX_BUILDING', 'warning'],
    ]);
    expect(found[0]?.message).toContain('2筆');
    expect(found[0]?.message).toContain('7,000,000円');
    expect(found[1]?.message).toContain('居宅');
  });

  it('flags a light car as a warning and a moped as information', () => {
    const vehicle = { id: 1, atena_no: A, kind: '軽四輪乗用 自家用', plate: '試験580あ1234', registered_on: '2019-04-01', deregistered_on: null, annual_tax: 10_800 };
    const found = vehicleFindings(facts({ lightVehicles: [vehicle, { ...vehicle, id: 2, kind: '原付 50cc以下', plate: '試験市あ1' }] }));
    expect(found.map((f) => [f.code, f.severity])).toEqual([
      ['TAX_LIGHT_VEHICLE', 'warning'],
      ['TAX_LIGHT_VEHICLE', 'info'],
    ]);
    expect(found[0]?.message).toContain('試験580あ1234');
  });

  it('flags a claim by a taxpayer outside the household (扶養義務者), not one inside it', () => {
    const [outside] = supportFindings(facts({ claimedBy: claim() }));
    expect(outside).toMatchObject({ code: 'TAX_CLAIMED_BY_OUTSIDE_HOUSEHOLD', severity: 'warning' });
    expect(outside?.message).toContain(B);
    expect(supportFindings(facts({ claimedBy: claim({ living_apart: false }) }))).toEqual([]);
    const supports = supportFindings(facts({ dependants: [claim({ taxpayer_atena_no: A, dependant_atena_no: B })] }));
    expect(supports.map((f) => f.code)).toEqual(['TAX_SUPPORTS_OUTSIDE_HOUSEHOLD']);
  });

  it('orders findings most urgent first', () => {
    const moped = { id: 1, atena_no: A, kind: '原付 50cc以下', plate: '試験市あ1', registered_on: '2019-04-01', deregistered_on: null, annual_tax: 2_000 };
    const found = taxFindings(facts({ lightVehicles: [moped], assessment: assessment() }));
    expect(found.map((f) => f.severity)).toEqual(['warning', 'info']);
  });
});
