import { readFileSync } from 'node:fs';
import { importDelta } from '@smart-casework/kit';
import { generateCity, makeCity, makeHousehold, makePerson, type CityPerson } from '@smart-casework/kit/city';
import { describeDepartment, expectRejected, expectUnchanged, importFile } from '@smart-casework/kit/testing';
import { describe, expect, it } from 'vitest';
import { seed } from '../seed';
import { residents } from './app';
import { delta } from './delta';
import { registrySnapshot, TODAY } from './delta-testing';

const file = (name: string) => readFileSync(new URL(`../deltas/${name}`, import.meta.url));

/** The households of the demo city (seed 1, 150,000 residents) that deltas/sample.csv touches, as the generator made them. */
function demoHousehold(householdNo: string, members: [atenaNo: string, name: string, kana: string, birthDate: string, sex: '男' | '女', relationship: string][]) {
  const persons: CityPerson[] = members.map(([atenaNo, name, kana, birthDate, sex, relationship]) => {
    const [surname = '', givenName = ''] = name.split('\u3000');
    const [surnameKana = '', givenNameKana = ''] = kana.split('\u3000');
    return makePerson({ atenaNo, householdNo, surname, givenName, surnameKana, givenNameKana, birthDate, sex, relationship });
  });
  return { household: makeHousehold(persons, { householdNo }), members: persons };
}

const sampleCity = makeCity([
  demoHousehold('300333770', [['1000512300', '山崎　和夫', 'ヤマザキ　カズオ', '1949-03-29', '男', '世帯主'], ['1000512342', '山崎　久美子', 'ヤマザキ　クミコ', '1952-06-25', '女', '妻']]),
  demoHousehold('300243134', [['1000374772', '小池　健太', 'コイケ　ケンタ', '1987-07-11', '男', '世帯主'], ['1000374799', '小池　智美', 'コイケ　トモミ', '1989-10-25', '女', '妻'], ['1000374802', '小池　凪', 'コイケ　ナギ', '2013-12-01', '男', '子']]),
  demoHousehold('300000045', [['1000000023', '中島　拓海', 'ナカシマ　タクミ', '1976-06-22', '男', '世帯主'], ['1000000066', '中島　早紀', 'ナカシマ　サキ', '1978-04-26', '女', '妻'], ['1000000074', '中島　大輔', 'ナカシマ　ダイスケ', '1998-07-23', '男', '子'], ['1000000082', '中島　凪', 'ナカシマ　ナギ', '2000-04-23', '男', '子']]),
  demoHousehold('300000037', [['1000000015', '池田　拓也', 'イケダ　タクヤ', '1992-05-27', '男', '世帯主']]),
  demoHousehold('300000665', [['1000001135', '渡辺　和美', 'ワタナベ　カズミ', '1966-03-18', '女', '世帯主'], ['1000001143', '渡辺　信也', 'ワタナベ　シンヤ', '1963-08-12', '男', '夫'], ['1000001151', '渡辺　美穂', 'ワタナベ　ミホ', '1996-11-06', '女', '子'], ['1000001160', '渡辺　凛', 'ワタナベ　リン', '2002-06-07', '女', '子']]),
  demoHousehold('300000509', [['1000000848', '杉本　茂', 'スギモト　シゲル', '1949-06-03', '男', '世帯主'], ['1000000856', '杉本　陽子', 'スギモト　ヨウコ', '1950-12-17', '女', '妻']]),
]);

describeDepartment(residents, { seed: (db) => seed(db, sampleCity), title: 'residents delta files on $dialect' }, ({ test, subgraph, execute }) => {
  test('deltas/bad.csv is rejected whole, every bad row named by its line, and nothing changes', async () => {
    const result = await expectUnchanged(() => registrySnapshot(subgraph().db), () => importFile(subgraph().db, delta, new URL('../deltas/bad.csv', import.meta.url), { today: TODAY }));
    const problems = expectRejected(result, [2, 3, 4, 5, 6, 7, 8, 9]);
    expect(problems.find((p) => p.line === 4)?.en).toMatch(/after today/);
    expect(problems.find((p) => p.line === 5)?.ja).toMatch(/氏名/);
  });

  test('deltas/sample.csv applies once; importing it again changes nothing', async () => {
    const first = await importDelta(subgraph().db, delta, file('sample.csv'), 'sample.csv', { today: TODAY });
    expect(first).toMatchObject({ status: 'applied', rows: 9, applied: 9, skipped: 0 });
    const after = await registrySnapshot(subgraph().db);
    const again = await importDelta(subgraph().db, delta, file('sample.csv'), 'sample.csv', { today: TODAY });
    expect(again).toMatchObject({ status: 'applied', rows: 9, applied: 0, skipped: 9 });
    expect(await registrySnapshot(subgraph().db)).toEqual(after);
    const { data } = await execute('{ a: household(householdNo: "300333770") { head { name } members { name } } b: household(householdNo: "300000509") { head { name } } }');
    expect(data).toEqual({ a: { head: { name: '山崎\u3000久美子' }, members: [{ name: '山崎\u3000久美子' }] }, b: { head: { name: '杉本\u3000陽子' } } });
  });
});

// The real demo city takes half a minute to generate and seed: run with SC_DEMO_CITY_TESTS=1 after changing the generator.
describe.runIf(process.env.SC_DEMO_CITY_TESTS === '1')('deltas/sample.csv against the seed-1 demo city', () => {
  it('applies to the generated city', { timeout: 180_000 }, async () => {
    const { startTestSubgraph } = await import('@smart-casework/kit/testing');
    const city = generateCity({ residents: 150_000, seed: 1 });
    const subgraph = await startTestSubgraph(residents, undefined, (db) => seed(db, city));
    try {
      expect(await importDelta(subgraph.db, delta, file('sample.csv'), 'sample.csv', { today: TODAY })).toMatchObject({ status: 'applied', applied: 9 });
    } finally {
      await subgraph.stop();
    }
  });
});
