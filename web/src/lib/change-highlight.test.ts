import { describe, expect, it } from 'vitest';
import { changeHighlight } from './change-highlight';

describe('changeHighlight', () => {
  const base = { notice: 'N0a1b2c3d4e5f60718293', atenaNo: '200000019' };

  it("maps the notice's Resident field to the department card that shows it", () => {
    const departments = ['tax', 'healthInsurance', 'pension', 'childBenefits', 'longTermCare', 'disability', 'welfare'].map((section) => changeHighlight({ ...base, section })?.department);
    expect(departments).toEqual(['tax', 'insurance', 'pension', 'child', 'care', 'disability', 'welfare']);
  });

  it('points at the member itself for the registry or an unknown section', () => {
    expect(changeHighlight({ ...base, section: 'registry' })).toEqual({ noticeId: base.notice, atenaNo: base.atenaNo, department: null });
    expect(changeHighlight({ ...base, section: 'somethingElse' })?.department).toBeNull();
    expect(changeHighlight({ ...base, section: null })?.department).toBeNull();
  });

  it('is null without a notice or with a malformed member number', () => {
    expect(changeHighlight({ notice: null, section: 'tax', atenaNo: base.atenaNo })).toBeNull();
    expect(changeHighlight({ ...base, section: 'tax', atenaNo: null })).toBeNull();
    expect(changeHighlight({ ...base, section: 'tax', atenaNo: '12<script>' })).toBeNull();
    expect(changeHighlight({ notice: 'N 1', section: 'tax', atenaNo: base.atenaNo })).toBeNull();
  });
});
