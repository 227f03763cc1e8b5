import { describe, expect, it } from 'vitest';
import type { SnapshotRow } from '../data/watch-snapshots';
import type { WatchTarget } from '../data/watch-targets';
import { compareHousehold, type HouseholdInput } from './detect';
import type { MemberRaw, RegistryRaw } from './query';

const target: WatchTarget = { householdNo: '10000019', caseNo: 'C-1', applicationNo: null, caseworkerId: 'cw001', supervisorId: 'sv001', grade: '2級地-1' };

function member(atenaNo: string, name: string, overrides: Partial<MemberRaw> = {}): MemberRaw {
  return {
    atenaNo, name, birthDate: '1985-06-15', status: '住民', relationship: '世帯主', householdNo: target.householdNo,
    changes: [{ historyNo: 1, reason: '転入', changeDate: '2010-04-01', householdNoBefore: null }],
    tax: { hasRecord: false, fiscalYear: 2025, taxStatus: null, exemptReason: null, totalIncome: null, incomes: [], lands: [], buildings: [], lightVehicles: [] },
    healthInsurance: { hasRecord: false, currentScheme: null, enrolments: [] },
    pension: { hasRecord: false, insuredCategory: null, insuredSince: null, benefits: [] },
    childBenefits: { hasRecord: false, allowances: [] },
    longTermCare: { hasRecord: false, insuredCategory: null, premiumStage: null, monthlyPremium: null, premiumCollection: null, currentCertification: null },
    disability: { hasRecord: false, certificates: [], allowances: [] },
    ...overrides,
  };
}

const mother = member('20000014', '山田 花子');
const son = member('20000022', '山田 翔太', { relationship: '子', birthDate: '2012-03-02' });
const vehicle = { kind: '軽四輪乗用 自家用', plate: '鳥取 580 あ 12-34', registeredOn: '2025-09-01' };
const withVehicle = (m: MemberRaw): MemberRaw => ({ ...m, tax: m.tax && { ...m.tax, hasRecord: true, lightVehicles: [vehicle] } });

function sweep(members: MemberRaw[], snapshots: readonly SnapshotRow[], known: [string, RegistryRaw | null][] = []) {
  const input: HouseholdInput = { target, members, known: new Map(known), snapshots, today: '2025-10-01', detectedAt: '2025-10-01T09:00:00.000Z' };
  return compareHousehold(input);
}

function baseline(members: MemberRaw[]): SnapshotRow[] {
  const result = sweep(members, []);
  if (!result.snapshots) throw new Error('a first sweep always records a baseline');
  return result.snapshots;
}

describe('compareHousehold', () => {
  it('the first sweep records a baseline (registry and every section per member) and raises nothing', () => {
    const result = sweep([mother, son], []);
    expect(result.notices).toEqual([]);
    expect(result.snapshots).toHaveLength(2 * 7);
  });

  it('unchanged facts write nothing', () => {
    expect(sweep([mother, son], baseline([mother, son]))).toEqual({ notices: [], snapshots: null, unknownSections: 0 });
  });

  it('a changed section raises its notice with the caseworker, due date and dedupe key', () => {
    const result = sweep([withVehicle(mother), son], baseline([mother, son]));
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatchObject({
      kind: '軽自動車取得', atenaNo: mother.atenaNo, householdNo: target.householdNo, caseNo: 'C-1', source: 'tax', section: 'tax',
      effectiveDate: '2025-09-01', detectedAt: '2025-10-01T09:00:00.000Z', dueDate: '2025-10-31', assignedTo: 'cw001', supervisorId: 'sv001',
      estimatedMonthlyImpact: null, overpaymentPerMonth: null, dedupeKey: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(result.snapshots?.find((s) => s.atena_no === mother.atenaNo && s.section === 'tax')?.snapshot_json).toContain('鳥取 580');
  });

  it('the same change seen twice (a rerun after a crash) has the same dedupe key', () => {
    const before = baseline([mother, son]);
    expect(sweep([withVehicle(mother), son], before).notices[0]?.dedupeKey).toBe(sweep([withVehicle(mother), son], before).notices[0]?.dedupeKey);
  });

  it('a section that could not be read is unknown: no notice, its snapshot kept', () => {
    const before = baseline([mother, son]);
    const result = sweep([{ ...withVehicle(mother), tax: null }, son], before);
    expect(result).toEqual({ notices: [], snapshots: null, unknownSections: 1 });
  });

  it('an income change carries its monthly impact and the overpayment per month of delay', () => {
    const pension = { hasRecord: true, insuredCategory: null, insuredSince: null, benefits: [{ benefitNo: 1, kind: '老齢基礎年金', grade: null, annualAmount: 780_000, startedOn: '2025-09-01', endedOn: null }] };
    const [notice] = sweep([{ ...mother, pension }, son], baseline([mother, son])).notices;
    expect(notice).toMatchObject({ kind: '年金受給開始', estimatedMonthlyImpact: -65_000, overpaymentPerMonth: 65_000, dueDate: '2025-10-15', effectiveDate: '2025-09-01' });
  });

  it('a member who left: 死亡 from the registry, their snapshots dropped', () => {
    const died: RegistryRaw = { ...son, status: '死亡', changes: [{ historyNo: 2, reason: '死亡', changeDate: '2025-09-20', householdNoBefore: null }] };
    const result = sweep([mother], baseline([mother, son]), [[son.atenaNo, died]]);
    expect(result.notices.map((n) => [n.kind, n.atenaNo, n.effectiveDate, n.dueDate])).toEqual([['死亡', son.atenaNo, '2025-09-20', '2025-10-08']]);
    expect(result.snapshots?.every((s) => s.atena_no === mother.atenaNo)).toBe(true);
  });

  it('a member who left while the registry could not be asked about them waits for the next sweep', () => {
    expect(sweep([mother], baseline([mother, son]))).toEqual({ notices: [], snapshots: null, unknownSections: 1 });
  });

  it('a member who arrived: one registry notice, and their sections are a baseline', () => {
    const baby = withVehicle(member('20000030', '山田 光', { relationship: '子', birthDate: '2025-09-10', changes: [{ historyNo: 1, reason: '出生', changeDate: '2025-09-10', householdNoBefore: null }] }));
    const result = sweep([mother, son, baby], baseline([mother, son]));
    expect(result.notices.map((n) => [n.kind, n.atenaNo, n.section])).toEqual([['出生', baby.atenaNo, 'registry']]);
    expect(result.snapshots).toHaveLength(3 * 7);
  });
});
