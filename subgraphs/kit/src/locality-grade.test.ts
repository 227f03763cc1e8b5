import { describe, expect, it } from 'vitest';
import { gradeClass } from './locality-grade';

describe('gradeClass', () => {
  it('groups the six 級地 into three classes', () => {
    expect(['1級地-1', '1級地-2', '2級地-1', '2級地-2', '3級地-1', '3級地-2'].map(gradeClass)).toEqual(['1級地', '1級地', '2級地', '2級地', '3級地', '3級地']);
  });
  it('takes anything it cannot read for 2級地', () => {
    expect(gradeClass('')).toBe('2級地');
    expect(gradeClass('4級地')).toBe('2級地');
  });
});
