import { makeHousehold, makePerson, type AssistanceTrait } from '@smart-casework/kit/city';
import { describe, expect, it } from 'vitest';
import { enrolmentsOf } from './enrolments';

const assistance = (status: AssistanceTrait['status']): AssistanceTrait => ({
  caseNo: 'C000001', status, startedOn: '2021-01-04', caseworkerId: 'cw001', monthlyBenefit: 0, minimumCostOfLiving: 120_000, recognisedIncome: 130_000, lastReviewedOn: '2025-06-01',
});

function historyOf(status: AssistanceTrait['status'], cover: 'kokuho' | 'none', coverSince: string) {
  const person = makePerson({ birthDate: '1970-05-05', residentSince: '2010-04-01', healthCover: cover, healthCoverSince: coverSince });
  const household = makeHousehold([person], { assistance: assistance(status) });
  const ctx = { referenceDate: '2025-10-01', lateElderlyAge: 75, disabledElderlyAge: 65, households: new Map([[household.householdNo, household]]) };
  return enrolmentsOf(person, ctx).map((e) => [e.scheme, e.acquired_on, e.lost_on, e.loss_reason]);
}

describe('国保 history of a household on assistance', () => {
  it('ends at the start of protection (国保法6条9号)', () => {
    expect(historyOf('保護中', 'none', '2021-01-04')).toEqual([['国保', '2010-04-01', '2021-01-04', '生保開始']]);
  });

  it('starts again while protection is 停止, after the loss at its start', () => {
    expect(historyOf('停止中', 'kokuho', '2025-07-01')).toEqual([
      ['国保', '2025-07-01', null, null],
      ['国保', '2010-04-01', '2021-01-04', '生保開始'],
    ]);
  });
});
