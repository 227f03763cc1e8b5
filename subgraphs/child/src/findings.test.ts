import { describe, expect, it } from 'vitest';
import type { CertificationRow } from './data/certifications';
import type { CountedChildRow } from './data/children';
import type { RevisionRow } from './data/revisions';
import { agingOut, allowanceEnded, amountRevised, childAllowanceIncome, childFindings, childRearingIncome, singleParentAdditionCheck, specialChildAllowance } from './findings';
import type { AllowanceModel, ChildBenefitRecordModel } from './record';

const ON = '2025-10-01';

function allowance(certification: Partial<CertificationRow>, children: Partial<CountedChildRow>[] = [{}], revisions: Partial<RevisionRow>[] = []): AllowanceModel {
  const c: CertificationRow = { certification_no: 'JF00000001', program: '児童扶養手当', recipient_atena_no: '100000001', certified_on: '2020-05-10', payment_start_month: '2020-06', payment: '全部支給', monthly_amount: 46_690, ended_on: null, end_reason: null, ...certification };
  return {
    certification: c,
    children: children.map((child, i) => ({ certification_no: c.certification_no, child_atena_no: `20000000${i}`, birth_date: '2015-06-01', birth_order: i + 1, paid: true, program: c.program, recipient_atena_no: c.recipient_atena_no, certification_ended_on: c.ended_on, ...child })),
    revisions: revisions.map((r, i) => ({ certification_no: c.certification_no, revision_no: i + 1, revised_on: '2025-04-01', amount_before: 45_500, amount_after: 46_690, reason: '物価スライドによる額改定', recipient_atena_no: c.recipient_atena_no, ...r })),
  };
}

const record = (...allowances: AllowanceModel[]): ChildBenefitRecordModel => ({ atenaNo: '100000001', allowances, countedIn: [] });

describe('児童扶養手当: income and 母子加算', () => {
  it('recognises the monthly amount in full', () => {
    expect(childRearingIncome(record(allowance({ payment: '一部支給', monthly_amount: 30_120 })), ON)).toEqual([{ code: 'CHILD_REARING_INCOME', severity: 'warning', message: '児童扶養手当（一部支給）を受給中：月額30,120円（奇数月払い）を収入として全額認定' }]);
  });
  it('gives the 母子加算 range for the number of children paid for', () => {
    expect(singleParentAdditionCheck(record(allowance({})), ON)[0]?.message).toContain('児童1人）：母子加算（月額16,100円〜18,800円');
    expect(singleParentAdditionCheck(record(allowance({}, [{}, {}, {}])), ON)[0]?.message).toContain('児童3人）：母子加算（月額22,700円〜26,500円');
  });
  it('is silent once the allowance has ended', () => {
    const ended = record(allowance({ ended_on: '2025-03-31' }));
    expect([...childRearingIncome(ended, ON), ...singleParentAdditionCheck(ended, ON)]).toEqual([]);
  });
});

describe('児童手当: income offset by 児童養育加算', () => {
  it('counts 児童養育加算 for the children paid for only', () => {
    const a = allowance({ certification_no: 'JT00000001', program: '児童手当', payment: null, monthly_amount: 25_000 }, [{ birth_date: '2003-05-01', paid: false }, { birth_date: '2015-06-01' }, { birth_date: '2023-02-01' }]);
    expect(childAllowanceIncome(record(a), ON)).toEqual([{ code: 'CHILD_ALLOWANCE_INCOME', severity: 'warning', message: '児童手当 月額25,000円（偶数月払い）を収入として全額認定：児童養育加算 2人×10,190円＝20,380円の計上を確認' }]);
  });
  it('says nothing of 児童手当 for other programmes', () => {
    expect(childAllowanceIncome(record(allowance({})), ON)).toEqual([]);
  });
});

describe('amountRevised (額改定)', () => {
  it('flags a revision of the last three months as critical with before and after', () => {
    const a = allowance({}, [{}], [{ revised_on: '2025-04-01' }, { revision_no: 2, revised_on: '2025-08-01', amount_before: 46_690, amount_after: 38_400, reason: '所得変更' }]);
    expect(amountRevised(record(a), ON)).toEqual([{ code: 'CHILD_AMOUNT_REVISED', severity: 'critical', message: '児童扶養手当の額改定（2025-08-01、所得変更）：月額46,690円→38,400円（8,290円減）を保護費に反映' }]);
  });
  it('ignores older revisions', () => {
    expect(amountRevised(record(allowance({}, [{}], [{ revised_on: '2025-07-01' }])), ON)).toEqual([]);
  });
});

describe('allowanceEnded (消滅)', () => {
  it('flags an allowance that ended in the last three months', () => {
    expect(allowanceEnded(record(allowance({ ended_on: '2025-09-01', end_reason: '婚姻' })), ON)).toEqual([{ code: 'CHILD_ALLOWANCE_ENDED', severity: 'critical', message: '児童扶養手当の支給終了（2025-09-01、婚姻）：月額46,690円の収入認定の終了を確認' }]);
    expect(allowanceEnded(record(allowance({ ended_on: '2025-05-01' }), allowance({})), ON)).toEqual([]);
  });
});

describe('特別児童扶養手当: income and 障害者加算', () => {
  it('points to 障害者加算 by grade', () => {
    const findings = specialChildAllowance(record(allowance({ program: '特別児童扶養手当', payment: '1級', monthly_amount: 56_800 })), ON);
    expect(findings).toEqual([{ code: 'CHILD_SPECIAL_ALLOWANCE', severity: 'warning', message: '特別児童扶養手当1級を受給中：月額56,800円（4・8・11月払い）を収入として全額認定、対象児童の障害者加算（月額23,060円〜26,810円、級地による）を確認' }]);
    expect(specialChildAllowance(record(allowance({ program: '特別児童扶養手当', payment: '2級', monthly_amount: 37_830 })), ON)[0]?.message).toContain('月額15,380円〜17,870円');
  });
});

describe('agingOut (高校生年代の終了)', () => {
  const on = '2026-01-15';
  it('gives the 児童手当 drop for a child leaving 高校生年代 within three months', () => {
    const a = allowance({ program: '児童手当', payment: null, monthly_amount: 40_000 }, [{ birth_date: '2007-08-10' }, { birth_date: '2010-01-01' }, { birth_date: '2012-04-02', birth_order: 3 }]);
    expect(agingOut(record(a), on)).toEqual([{ code: 'CHILD_AGING_OUT', severity: 'warning', message: '算定順位1の児童（2007-08-10生）が2026-03-31で高校生年代を終了：児童手当が月額10,000円減、児童養育加算10,190円も終了' }]);
  });
  it('counts a child born on 1 April in the earlier school year', () => {
    expect(agingOut(record(allowance({}, [{ birth_date: '2008-04-01' }])), on)[0]?.message).toContain('2026-03-31で高校生年代を終了：児童扶養手当は支給終了（月額46,690円）');
    expect(agingOut(record(allowance({}, [{ birth_date: '2008-04-02' }])), on)).toEqual([]);
  });
  it('estimates the 児童扶養手当 step for the full and the partial rate', () => {
    const two = [{ birth_date: '2007-12-01' }, { birth_date: '2012-05-05' }];
    expect(agingOut(record(allowance({ monthly_amount: 57_720 }, two)), on)[0]?.message).toContain('児童扶養手当が月額11,030円減');
    expect(agingOut(record(allowance({ payment: '一部支給', monthly_amount: 28_860 }, two)), on)[0]?.message).toContain('児童扶養手当が月額約5,520円減');
  });
  it('is silent further ahead and for 特別児童扶養手当', () => {
    expect(agingOut(record(allowance({}, [{ birth_date: '2007-08-10' }])), ON)).toEqual([]);
    expect(agingOut(record(allowance({ program: '特別児童扶養手当', payment: '1級' }, [{ birth_date: '2007-08-10' }])), on)).toEqual([]);
  });
});

describe('childFindings', () => {
  it('puts the critical revision first', () => {
    const a = allowance({}, [{}], [{ revised_on: '2025-09-01', amount_before: 45_000, amount_after: 46_690, reason: '所得変更' }]);
    expect(childFindings(record(a), ON).map((f) => f.code)).toEqual(['CHILD_AMOUNT_REVISED', 'CHILD_REARING_INCOME', 'CHILD_SINGLE_PARENT_ADDITION']);
  });
});
