import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { residents } from './app';

const head = makePerson({ surname: '山田', givenName: '花子', surnameKana: 'ヤマダ', givenNameKana: 'ハナコ', sex: '女', birthDate: '1985-06-15' });
const child = makePerson({ surname: '山田', givenName: '翔太', surnameKana: 'ヤマダ', givenNameKana: 'ショウタ', relationship: '子', birthDate: '2015-03-02', residentSince: '2015-03-02' });
const neighbour = makePerson({ surname: '佐藤', givenName: '一郎', surnameKana: 'サトウ', givenNameKana: 'イチロウ', birthDate: '1950-01-20' });
const city = makeCity([
  { household: makeHousehold([head, child], { kind: 'single-parent' }), members: [head, child] },
  { household: makeHousehold([neighbour]), members: [neighbour] },
]);

describeDepartment(residents, { seed: (db) => seed(db, city) }, ({ test, execute }) => {
  test('returns a household with its members in display order', async () => {
    const { data, errors } = await execute('query($h: ID!) { household(householdNo: $h) { head { name } members { atenaNo name nameKana relationship birthDate address } } }', { h: head.householdNo });
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({ household: { head: { name: '山田\u3000花子' }, members: [{ atenaNo: head.atenaNo, relationship: '世帯主' }, { atenaNo: child.atenaNo, nameKana: 'ヤマダ\u3000ショウタ', birthDate: '2015-03-02' }] } });
  });

  test('finds a person by hiragana, half-width katakana and kanji alike', async () => {
    for (const query of ['やまだ　しょうた', 'ﾔﾏﾀﾞｼｮｳﾀ', 'ショウタ', '山田 翔太']) {
      const { data, errors } = await execute('query($q: String!) { searchResidents(query: $q) { atenaNo } }', { q: query });
      expect(errors, query).toBeUndefined();
      expect(data, query).toEqual({ searchResidents: [{ atenaNo: child.atenaNo }] });
    }
  });

  test('narrows a search by birth date and finds by atenaNo', async () => {
    const both = await execute('{ searchResidents(query: "ヤマダ") { atenaNo } }');
    expect(both.data?.searchResidents).toHaveLength(2);
    const one = await execute('query($d: Date) { searchResidents(query: "やまだ", birthDate: $d) { atenaNo } }', { d: '1985-06-15' });
    expect(one.data).toEqual({ searchResidents: [{ atenaNo: head.atenaNo }] });
    const byNumber = await execute('query($q: String!) { searchResidents(query: $q) { name } }', { q: neighbour.atenaNo });
    expect(byNumber.data).toEqual({ searchResidents: [{ name: '佐藤\u3000一郎' }] });
  });

  test('resolves entity references in one batch', async () => {
    const { data } = await execute('query($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { atenaNo household { householdNo } } } }', {
      r: [{ __typename: 'Resident', atenaNo: child.atenaNo }, { __typename: 'Resident', atenaNo: '000000000' }, { __typename: 'Resident', atenaNo: neighbour.atenaNo }],
    });
    expect(data).toEqual({ _entities: [{ atenaNo: child.atenaNo, household: { householdNo: head.householdNo } }, null, { atenaNo: neighbour.atenaNo, household: { householdNo: neighbour.householdNo } }] });
  });

  test('rejects a bad check digit, an empty or overlong query and a bad date as BAD_USER_INPUT', async () => {
    const wrong = head.atenaNo.slice(0, -1) + String((Number(head.atenaNo.slice(-1)) + 1) % 10);
    const cases = [
      ['query($a: ID!) { resident(atenaNo: $a) { name } }', { a: wrong }],
      ['query($a: ID!) { resident(atenaNo: $a) { name } }', { a: 'abc' }],
      ['{ searchResidents(query: "　 ") { name } }', {}],
      ['{ searchResidents(query: "やまだ", birthDate: "2025-02-30") { name } }', {}],
      // SQLite refuses LIKE patterns over 50,000 bytes: that was an internal error, not a refusal.
      ['query($q: String!) { searchResidents(query: $q) { name } }', { q: 'や'.repeat(101) }],
    ] as const;
    for (const [query, variables] of cases) {
      const { errors } = await execute(query, variables);
      expect(errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errors?.[0]?.extensions?.messageEn, query).toBeTypeOf('string');
    }
  });
});
