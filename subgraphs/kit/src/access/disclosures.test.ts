import { describe, expect, it } from 'vitest';
import { DisclosureLog } from './disclosures';

describe('a subgraph\'s disclosure log', () => {
  it('sends persons with the same outcome and fields on one line, field names once', () => {
    const log = new DisclosureLog('tax');
    for (const atenaNo of ['1', '2', '3']) log.record({ atenaNo, householdNo: 'H1' }, ['Resident.tax', 'tax.incomes'], 'allowed');
    log.record({ atenaNo: '2', householdNo: 'H1' }, ['tax.incomes'], 'allowed'); // the same fields again: still one line
    log.record({ atenaNo: '4', householdNo: 'H1' }, ['Resident.tax'], 'allowed');
    log.record({ atenaNo: '5', householdNo: 'H2' }, ['Resident.tax'], 'denied', 'OUT_OF_CASELOAD');
    log.record({ atenaNo: '6', householdNo: 'H3' }, ['Resident.tax'], 'denied', 'OUT_OF_CASELOAD');
    log.record({ householdNo: 'H1' }, ['Query.household'], 'allowed');
    expect(log.toJSON()).toEqual([
      { department: 'tax', fields: ['Resident.tax', 'tax.incomes'], outcome: 'allowed', persons: [{ atenaNo: '1', householdNo: 'H1' }, { atenaNo: '2', householdNo: 'H1' }, { atenaNo: '3', householdNo: 'H1' }] },
      { department: 'tax', fields: ['Resident.tax'], outcome: 'allowed', atenaNo: '4', householdNo: 'H1' },
      { department: 'tax', fields: ['Resident.tax'], outcome: 'denied', code: 'FORBIDDEN', reason: 'OUT_OF_CASELOAD', persons: [{ atenaNo: '5', householdNo: 'H2' }, { atenaNo: '6', householdNo: 'H3' }] },
      { department: 'tax', fields: ['Query.household'], outcome: 'allowed', householdNo: 'H1' },
    ]);
  });
});
