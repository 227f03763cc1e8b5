import { describe, expect, it } from 'vitest';
import { AS_OF, sampleHousehold } from './investigation-fixtures';
import { buildInvestigationList, investigationSheet, rankFindings, SHEET_COLUMNS, type BuildInput, type InvestigationListModel } from './investigation-list';

const base: Omit<BuildInput, 'household'> = {
  errors: [],
  purpose: 'investigation',
  requestedBy: { staffId: 'cw001', name: '田中　美咲' },
  generatedAt: '2025-10-01T00:30:00.000Z',
  today: '2025-10-01',
};

function build(overrides: Partial<BuildInput> = {}): InvestigationListModel {
  return buildInvestigationList({ ...base, household: sampleHousehold(), ...overrides });
}

/** The household with one department down: its sections null and the gateway's errors. */
function withTaxDown(): BuildInput {
  const household = sampleHousehold();
  household.members = household.members.map((m) => ({ ...m, tax: null }));
  const errors = household.members.map((_, i) => ({
    message: 'tax の情報を取得できませんでした（unreachable (ECONNREFUSED)）。',
    path: ['household', 'members', i, 'tax'],
    extensions: { code: 'DEPARTMENT_UNAVAILABLE', department: 'tax' },
  }));
  return { ...base, household, errors };
}

describe('buildInvestigationList', () => {
  it('ranks findings critical, then warning, then info; members and departments keep their order within a severity', () => {
    const list = build();
    expect(list.findings.map((f) => [f.severity, f.code, f.member.name])).toEqual([
      ['critical', 'TAX_INCOME_UNREPORTED', '米浜　陽子'],
      ['warning', 'WELFARE_REVIEW_OVERDUE', '米浜　陽子'],
      ['warning', 'CHILD_ALLOWANCE_INCOME', '米浜　陽子'],
      ['info', 'TAX_LIGHT_VEHICLE', '米浜　陽子'],
      ['info', 'CHILD_COUNTED', '米浜　大地'],
    ]);
    expect(list.findings[0]).toMatchObject({ severityLabel: '重大', departmentLabel: '税務（住民税・固定資産税・軽自動車税）' });
  });

  it('puts a finding of unknown severity after info', () => {
    const { findings } = build();
    const first = findings[0];
    if (!first) throw new Error('the sample has findings');
    expect(rankFindings([{ ...first, severity: 'notice', code: 'X' }, ...findings]).at(-1)?.code).toBe('X');
  });

  it('keeps every member with every department section, welfare first, and counts ages on the reference day', () => {
    const list = build();
    expect(list.members.map((m) => [m.name, m.age])).toEqual([
      ['米浜　陽子', 35],
      ['米浜　大地', 9],
      ['米浜　茂', 75],
    ]);
    for (const member of list.members) {
      expect(member.sections.map((s) => s.department)).toEqual(['welfare', 'tax', 'insurance', 'pension', 'child', 'care', 'disability']);
    }
  });

  it('tells 該当なし (answered, no record) from a record', () => {
    const [mother, , grandfather] = build().members;
    expect(mother?.sections.find((s) => s.department === 'tax')).toMatchObject({ state: 'record', asOf: AS_OF, reason: null });
    expect(grandfather?.sections.every((s) => s.state === 'none' && s.lines.length === 0 && s.asOf === AS_OF)).toBe(true);
  });

  it('shows 未取得 with the reason for a department that could not be read, and only for it', () => {
    const list = buildInvestigationList(withTaxDown());
    for (const member of list.members) {
      const tax = member.sections.find((s) => s.department === 'tax');
      expect(tax).toMatchObject({ state: 'unavailable', asOf: null, label: '税務（住民税・固定資産税・軽自動車税）' });
      expect(tax?.reason).toContain('接続できませんでした');
      expect(tax?.reason).toContain('ECONNREFUSED');
      expect(member.sections.filter((s) => s.state === 'unavailable')).toHaveLength(1);
    }
    expect(list.unavailable).toEqual([{ department: 'tax', label: '税務（住民税・固定資産税・軽自動車税）', reason: expect.stringContaining('ECONNREFUSED') }]);
    expect(list.findings.some((f) => f.department === 'tax')).toBe(false);
  });

  it('finds the reason by department when the error carries no path, and says so when there is no error at all', () => {
    const input = withTaxDown();
    const byDepartment = buildInvestigationList({ ...input, errors: [{ message: 'down', extensions: { code: 'DEPARTMENT_UNAVAILABLE', department: 'tax' } }] });
    expect(byDepartment.members[1]?.sections[1]?.reason).toContain('down');
    const silent = buildInvestigationList({ ...input, errors: [] });
    expect(silent.members[0]?.sections[1]).toMatchObject({ state: 'unavailable', reason: expect.stringContaining('理由不明') });
  });

  it('names a refusal as a permission problem', () => {
    const input = withTaxDown();
    const errors = input.errors.map((e) => ({ ...e, message: 'この情報を閲覧する権限がありません。', extensions: { code: 'FORBIDDEN', department: 'tax' } }));
    expect(buildInvestigationList({ ...input, errors }).members[0]?.sections[1]?.reason).toContain('権限がありません');
  });

  it('adds a 一部未取得 line when part of a section is missing', () => {
    const errors = [{ message: 'residents の情報を取得できませんでした', path: ['household', 'members', 0, 'tax', 'claimedBy', 'name'], extensions: { code: 'DEPARTMENT_UNAVAILABLE', department: 'residents' } }];
    const tax = build({ errors }).members[0]?.sections[1];
    expect(tax?.state).toBe('record');
    expect(tax?.lines.at(-1)).toEqual({ label: '一部未取得', value: 'residents の情報を取得できませんでした' });
  });

  it('writes dates in 和暦 with 西暦 and yen with separators in the lines', () => {
    const [mother] = build().members;
    const tax = mother?.sections.find((s) => s.department === 'tax');
    expect(tax?.lines).toContainEqual({ label: '軽自動車', value: '軽四輪乗用 自家用・米浜580あ12-34・登録 令和3年4月1日（2021-04-01）・年税額 10,800円' });
    expect(tax?.lines).toContainEqual({ label: '合計所得金額', value: '1,200,000円', amount: 1_200_000 });
    expect(tax?.lines).toContainEqual({ label: '年度', value: '令和7年度（2025年度）・所得年 2024年' });
    const welfare = mother?.sections[0];
    expect(welfare?.lines[1]?.value).toContain('保護費 月額 98,500円');
  });
});

describe('investigationSheet', () => {
  it('carries the findings, then one row per section line, in the order of the screen', () => {
    const list = build();
    const sheet = investigationSheet(list);
    expect(sheet.columns).toEqual(SHEET_COLUMNS);
    const findingRows = sheet.rows.filter((r) => r[0] === '要確認事項');
    expect(findingRows.map((r) => r[6])).toEqual(list.findings.map((f) => f.code));
    expect(sheet.rows.slice(0, findingRows.length)).toEqual(findingRows);
    const screenItems = list.members.flatMap((m) => m.sections.flatMap((s) => (s.state === 'record' && s.lines.length > 0 ? s.lines : [null])));
    expect(sheet.rows.length).toBe(list.findings.length + screenItems.length);
  });

  it('writes 該当なし and 未取得 rows differently, with the reason', () => {
    const sheet = investigationSheet(buildInvestigationList(withTaxDown()));
    const grandfather = sheet.rows.filter((r) => r[1] === '米浜　茂');
    expect(grandfather.find((r) => r[4] === '介護保険')).toEqual(['照会結果', '米浜　茂', '父', '1000000030', '介護保険', '該当なし', '—', '照会済み・記録なし', null, '令和7年10月1日（2025-10-01） 00:00']);
    const tax = grandfather.find((r) => r[5] === '未取得');
    expect(tax?.[4]).toBe('税務（住民税・固定資産税・軽自動車税）');
    expect(tax?.[7]).toMatch(/^税務.*のシステムに接続できませんでした.*ECONNREFUSED/);
    expect(tax?.[9]).toBe('—');
  });

  it('keeps amounts as numbers and states who, when and why in the meta block', () => {
    const sheet = investigationSheet(build());
    expect(sheet.rows.find((r) => r[6] === '合計所得金額')?.[8]).toBe(1_200_000);
    expect(sheet.title).toBe('調査リスト（世帯番号 300000018）');
    expect(Object.fromEntries(sheet.meta)).toMatchObject({
      利用目的: '29条調査（保護申請の調査）（investigation）',
      出力者: '田中　美咲（cw001）',
      出力日時: '令和7年10月1日（2025-10-01） 09:30',
      未取得の部署: 'なし',
    });
  });
});
