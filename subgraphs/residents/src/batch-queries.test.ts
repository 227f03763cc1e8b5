import { withCheckDigit } from '@smart-casework/kit';
import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { residents } from './app';

const mother = makePerson({ surname: '山田', givenName: '花子', sex: '女', birthDate: '1985-06-15' });
const son = makePerson({ surname: '山田', givenName: '翔太', relationship: '子', birthDate: '2015-03-02' });
const movedOut = makePerson({ surname: '山田', givenName: '健一', relationship: '子', birthDate: '2003-05-01', status: '転出' });
const deceased = makePerson({ surname: '山田', givenName: '清', relationship: '父', birthDate: '1940-01-01', status: '死亡' });
const neighbour = makePerson({ surname: '佐藤', givenName: '一郎', birthDate: '1950-01-20' });
const alone = makePerson({ surname: '鈴木', givenName: '茂', birthDate: '1938-02-11', status: '死亡' });
const yamada = makeHousehold([mother, son, movedOut, deceased]);
const city = makeCity([
  { household: yamada, members: [mother, son, movedOut, deceased] },
  { household: makeHousehold([neighbour]), members: [neighbour] },
  { household: makeHousehold([alone]), members: [alone] },
]);
const unknownNo = withCheckDigit(123_456_78, 8);

const HOUSEHOLDS = 'query($h: [ID!]!) { households(householdNos: $h) { householdNo head { atenaNo } members { atenaNo } formerMembers { atenaNo status } } }';
const RESIDENTS = 'query($a: [ID!]!) { residents(atenaNos: $a) { atenaNo status household { householdNo } } }';

describeDepartment(residents, { seed: (db) => seed(db, city), title: 'residents batch queries on $dialect' }, ({ test, execute, countStatements }) => {
  test('households come back in argument order, null for an unknown number', async () => {
    const { data, errors } = await execute(HOUSEHOLDS, { h: [neighbour.householdNo, unknownNo, yamada.householdNo, neighbour.householdNo] });
    expect(errors).toBeUndefined();
    expect(data?.households).toEqual([
      { householdNo: neighbour.householdNo, head: { atenaNo: neighbour.atenaNo }, members: [{ atenaNo: neighbour.atenaNo }], formerMembers: [] },
      null,
      {
        householdNo: yamada.householdNo,
        head: { atenaNo: mother.atenaNo },
        members: [{ atenaNo: mother.atenaNo }, { atenaNo: son.atenaNo }],
        formerMembers: [movedOut, deceased].sort((a, b) => a.atenaNo.localeCompare(b.atenaNo)).map((p) => ({ atenaNo: p.atenaNo, status: p.status })),
      },
      { householdNo: neighbour.householdNo, head: { atenaNo: neighbour.atenaNo }, members: [{ atenaNo: neighbour.atenaNo }], formerMembers: [] },
    ]);
  });

  test('a household nobody lives in any more keeps its last head and has no members', async () => {
    const { data } = await execute(HOUSEHOLDS, { h: [alone.householdNo] });
    expect(data?.households).toEqual([{ householdNo: alone.householdNo, head: { atenaNo: alone.atenaNo }, members: [], formerMembers: [{ atenaNo: alone.atenaNo, status: '死亡' }] }]);
  });

  test('residents come back in argument order, including those who left, null for unknown', async () => {
    const { data, errors } = await execute(RESIDENTS, { a: [deceased.atenaNo, unknownNo, son.atenaNo] });
    expect(errors).toBeUndefined();
    expect(data?.residents).toEqual([
      { atenaNo: deceased.atenaNo, status: '死亡', household: { householdNo: yamada.householdNo } },
      null,
      { atenaNo: son.atenaNo, status: '住民', household: { householdNo: yamada.householdNo } },
    ]);
  });

  test('the number of statements does not grow with the number of keys', async () => {
    const one = await countStatements(() => execute(HOUSEHOLDS, { h: [yamada.householdNo] }));
    const three = await countStatements(() => execute(HOUSEHOLDS, { h: [yamada.householdNo, neighbour.householdNo, unknownNo] }));
    expect(one).toBeGreaterThan(0);
    expect(three).toBe(one);
    const fewPersons = await countStatements(() => execute(RESIDENTS, { a: [son.atenaNo] }));
    const manyPersons = await countStatements(() => execute(RESIDENTS, { a: [son.atenaNo, mother.atenaNo, neighbour.atenaNo, deceased.atenaNo, unknownNo] }));
    expect(manyPersons).toBe(fewPersons);
  });

  test('500 keys are accepted, 501 and malformed numbers are BAD_USER_INPUT', async () => {
    const many = Array.from({ length: 500 }, (_, i) => withCheckDigit(50_000_000 + i, 8));
    const ok = await execute(RESIDENTS, { a: many });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.residents).toHaveLength(500);
    const wrong = son.atenaNo.slice(0, -1) + String((Number(son.atenaNo.slice(-1)) + 1) % 10);
    const cases = [
      [RESIDENTS, { a: [...many, son.atenaNo] }],
      [HOUSEHOLDS, { h: [...many, yamada.householdNo] }],
      [RESIDENTS, { a: [son.atenaNo, wrong] }],
      [HOUSEHOLDS, { h: ['abc'] }],
    ] as const;
    for (const [query, variables] of cases) {
      const { data, errors } = await execute(query, variables);
      expect(errors?.[0]?.extensions, JSON.stringify(variables).slice(0, 80)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errors?.[0]?.extensions?.messageEn).toBeTypeOf('string');
      expect(data ?? null).toBeNull();
    }
  });
});
