/**
 * 級地 (the 生活保護 grade of a municipality, 1級地-1 to 3級地-2). Most 加算, 住宅扶助 and the
 * 住民税 非課税限度額 distinguish only its class, 1級地 / 2級地 / 3級地 (DOMAIN.md 3.3).
 */
export type GradeClass = '1級地' | '2級地' | '3級地';

/** The class of a 級地 such as 2級地-1; anything unrecognised counts as 2級地, the commonest. */
export function gradeClass(grade: string): GradeClass {
  const prefix = grade.slice(0, 3);
  return prefix === '1級地' || prefix === '3級地' ? prefix : '2級地';
}
