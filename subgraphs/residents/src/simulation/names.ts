import type { ResidentRow } from '../data/residents';

export interface Name {
  kanji: string;
  kana: string;
}

/** Given-name cohorts as the city generator has them, so that a newborn sounds like one. */
const COHORT_ENDS = [1949, 1974, 1999, 9999];
const cohortOf = (birthDate: string) => COHORT_ENDS.findIndex((end) => Number(birthDate.slice(0, 4)) <= end);

/**
 * Names for simulated newcomers drawn from the city's own residents (surnames by frequency,
 * given names by sex and birth cohort): as realistic as the generator's lists and no copy of them.
 */
export class NamePool {
  private readonly surnames: Name[] = [];
  private readonly given = new Map<string, Name[]>();

  constructor(residents: readonly ResidentRow[]) {
    for (const r of residents) {
      const [surname, givenName] = r.name.split('\u3000');
      const [surnameKana, givenKana] = r.name_kana.split('\u3000');
      if (!surname || !givenName || !surnameKana || !givenKana) continue;
      this.surnames.push({ kanji: surname, kana: surnameKana });
      const key = `${r.sex}:${cohortOf(r.birth_date)}`;
      const list = this.given.get(key) ?? [];
      list.push({ kanji: givenName, kana: givenKana });
      this.given.set(key, list);
    }
    if (this.surnames.length === 0) this.surnames.push({ kanji: '米浜', kana: 'ヨネハマ' });
  }

  surname(pick: <T>(xs: readonly T[]) => T): Name {
    return pick(this.surnames);
  }

  /** A given name of the sex, from the person's cohort, else the nearest earlier one that has names. */
  givenName(pick: <T>(xs: readonly T[]) => T, sex: string, birthDate: string): Name {
    for (let cohort = cohortOf(birthDate); cohort >= 0; cohort--) {
      const list = this.given.get(`${sex}:${cohort}`);
      if (list && list.length > 0) return pick(list);
    }
    return sex === '女' ? { kanji: '花子', kana: 'ハナコ' } : { kanji: '太郎', kana: 'タロウ' };
  }
}

/** A person's surname, from the registry's 氏名 and 氏名カナ. */
export function surnameOf(person: Pick<ResidentRow, 'name' | 'name_kana'>): Name {
  return { kanji: person.name.split('\u3000')[0] ?? person.name, kana: person.name_kana.split('\u3000')[0] ?? person.name_kana };
}
