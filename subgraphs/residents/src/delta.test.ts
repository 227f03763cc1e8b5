import { withCheckDigit } from '@smart-casework/kit';
import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import type { CityPerson } from '@smart-casework/kit/city';
import { describeDepartment, expectRejected, expectUnchanged } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { residents } from './app';
import { importRows, TODAY } from './delta-testing';

const person = (surname: string, givenName: string, relationship: string, birthDate: string, sex: '男' | '女') => makePerson({ surname, givenName, surnameKana: 'テスト', givenNameKana: 'タロウ', relationship, birthDate, sex });
const family = (...members: CityPerson[]) => ({ household: makeHousehold(members), members });

const [suzuki] = [person('鈴木', '茂', '世帯主', '1945-01-01', '男')];
const [sato, satoWife] = [person('佐藤', '健一', '世帯主', '1985-01-01', '男'), person('佐藤', '陽子', '妻', '1988-01-01', '女')];
const [tanaka, tanakaSon] = [person('田中', '誠', '世帯主', '1960-01-01', '男'), person('田中', '大輔', '子', '1995-01-01', '男')];
const [ito, itoWife] = [person('伊藤', '博', '世帯主', '1950-01-01', '男'), person('伊藤', '幸子', '妻', '1952-01-01', '女')];
const [yamamoto, yamamotoWife, yamamotoMother] = [person('山本', '正', '世帯主', '1955-01-01', '男'), person('山本', '節子', '妻', '1958-01-01', '女'), person('山本', 'ハル', '母', '1930-01-01', '女')];
const [kato, katoWife, katoSon] = [person('加藤', '浩', '世帯主', '1940-01-01', '男'), person('加藤', '京子', '妻', '1967-01-01', '女'), person('加藤', '翔', '子', '1950-01-01', '男')];
const [kobayashi, kobayashiWife] = [person('小林', '明', '世帯主', '1970-01-01', '男'), person('小林', '明美', '妻', '1972-01-01', '女')];
const [nakamura, nakamuraSon] = [person('中村', '誠', '世帯主', '1968-01-01', '男'), person('中村', '拓也', '子', '1998-01-01', '男')];
const [yoshida, hayashi, hayashiDaughter] = [person('吉田', '博之', '世帯主', '1972-01-01', '男'), person('林', '直美', '世帯主', '1975-01-01', '女'), person('林', '彩', '子', '2000-01-01', '女')];
const [watanabe, watanabeWife] = [person('渡辺', '隆', '世帯主', '1958-01-01', '男'), person('渡辺', '和美', '妻', '1960-01-01', '女')];
const city = makeCity([
  family(suzuki), family(sato, satoWife), family(tanaka, tanakaSon), family(ito, itoWife), family(yamamoto, yamamotoWife, yamamotoMother),
  family(kato, katoWife, katoSon), family(kobayashi, kobayashiWife), family(nakamura, nakamuraSon), family(yoshida), family(hayashi, hayashiDaughter), family(watanabe, watanabeWife),
]);

const HOUSEHOLD = `query($h: ID!) { household(householdNo: $h) { address postalCode head { atenaNo relationship } members { atenaNo relationship } formerMembers { atenaNo status householdNo } } }`;
const RESIDENT = `query($a: ID!) { resident(atenaNo: $a) { name nameKana status householdNo relationship address addressSince previousAddress changes { historyNo reason reasonGroup changeDate processedOn notifiedOn householdNoBefore } } }`;
const at = (i: number) => withCheckDigit(700_000_000 + i, 9);

describeDepartment(residents, { seed: (db) => seed(db, city), title: 'residents delta reasons on $dialect' }, ({ test, execute, subgraph }) => {
  const household = async (householdNo: string) => (await execute(HOUSEHOLD, { h: householdNo })).data?.household as Record<string, unknown>;
  const resident = async (atenaNo: string) => (await execute(RESIDENT, { a: atenaNo })).data?.resident as Record<string, unknown> & { changes: Record<string, unknown>[] };

  test('記載: 国内転入 creates a household, 国外転入等 joins it, 出生 joins a family; search finds them', async () => {
    const newNo = withCheckDigit(90_000_001, 8);
    const result = await importRows(subgraph().db, [
      { 宛名番号: at(1), 異動事由: '国内転入', 異動日: '2025-09-20', 世帯番号: newNo, 氏名: '森田 大樹', 氏名カナ: 'もりた だいき', 生年月日: '1994-02-08', 性別: '男', 続柄: '世帯主', 住所: '試験市青葉町二丁目51番7号', 郵便番号: '689-3528', 前住所: '岡山県吉備ケ原市中央二丁目8番3号' },
      { 宛名番号: at(2), 異動事由: '国外転入等', 異動日: '2025-09-21', 届出日: '2025-09-25', 世帯番号: newNo, 氏名: '森田　彩香', 氏名カナ: 'ﾓﾘﾀ ｱﾔｶ', 生年月日: '1995-11-30', 性別: '女', 続柄: '妻', 前住所: 'アメリカ合衆国' },
      { 宛名番号: at(3), 異動事由: '出生', 異動日: '2025-09-14', 世帯番号: sato.householdNo, 氏名: '佐藤　陽葵', 氏名カナ: 'サトウ　ヒマリ', 性別: '女', 続柄: '子' },
    ]);
    expect(result).toMatchObject({ status: 'applied', applied: 3 });
    expect(await household(newNo)).toMatchObject({ address: '試験市青葉町二丁目51番7号', postalCode: '689-3528', head: { atenaNo: at(1), relationship: '世帯主' }, members: [{ atenaNo: at(1) }, { atenaNo: at(2), relationship: '妻' }] });
    expect(await resident(at(1))).toMatchObject({ name: '森田\u3000大樹', nameKana: 'モリタ\u3000ダイキ', status: '住民', addressSince: '2025-09-20', previousAddress: '岡山県吉備ケ原市中央二丁目8番3号', changes: [{ historyNo: 1, reason: '国内転入', reasonGroup: '記載', changeDate: '2025-09-20', processedOn: TODAY, notifiedOn: TODAY, householdNoBefore: null }] });
    expect((await resident(at(2))).changes).toEqual([expect.objectContaining({ reason: '国外転入等', notifiedOn: '2025-09-25' })]);
    expect(await resident(at(3))).toMatchObject({ nameKana: 'サトウ\u3000ヒマリ', changes: [{ reason: '出生', changeDate: '2025-09-14', notifiedOn: null }] });
    expect((await household(sato.householdNo)).members).toEqual([{ atenaNo: sato.atenaNo, relationship: '世帯主' }, { atenaNo: satoWife.atenaNo, relationship: '妻' }, { atenaNo: at(3), relationship: '子' }]);
    const search = await execute('{ searchResidents(query: "もりた　あやか") { atenaNo } }');
    expect(search.data).toEqual({ searchResidents: [{ atenaNo: at(2) }] });
  });

  test('消除: 死亡 and a planned 国内転出 keep the row and history; the person leaves members', async () => {
    const result = await importRows(subgraph().db, [
      { 宛名番号: suzuki.atenaNo, 異動事由: '死亡', 異動日: '2025-09-12', 届出日: '2025-09-16' },
      { 宛名番号: tanakaSon.atenaNo, 異動事由: '国内転出', 異動日: '2025-10-15', 届出日: '2025-09-29', 世帯番号: tanaka.householdNo },
    ]);
    expect(result).toMatchObject({ status: 'applied', applied: 2 });
    expect(await household(suzuki.householdNo)).toMatchObject({ head: { atenaNo: suzuki.atenaNo }, members: [], formerMembers: [{ atenaNo: suzuki.atenaNo, status: '死亡' }] });
    expect(await household(tanaka.householdNo)).toMatchObject({ members: [{ atenaNo: tanaka.atenaNo }], formerMembers: [{ atenaNo: tanakaSon.atenaNo, status: '転出', householdNo: tanaka.householdNo }] });
    const son = await resident(tanakaSon.atenaNo);
    expect(son).toMatchObject({ status: '転出' });
    expect(son.changes[0]).toMatchObject({ reason: '国内転出', reasonGroup: '消除', changeDate: '2025-10-15', notifiedOn: '2025-09-29' });
    expect(son.changes[0]?.historyNo).toBe((son.changes[1]?.historyNo as number) + 1);
  });

  test('a head who leaves: the one remaining member, or the oldest of several, becomes head 職権', async () => {
    const result = await importRows(subgraph().db, [
      { 宛名番号: ito.atenaNo, 異動事由: '死亡', 異動日: '2025-09-01' },
      { 宛名番号: yamamoto.atenaNo, 異動事由: '国外転出', 異動日: '2025-09-30' },
    ]);
    expect(result).toMatchObject({ status: 'applied', applied: 2 });
    expect(await household(ito.householdNo)).toMatchObject({ head: { atenaNo: itoWife.atenaNo, relationship: '世帯主' }, members: [{ atenaNo: itoWife.atenaNo }] });
    expect((await resident(itoWife.atenaNo)).changes[0]).toMatchObject({ reason: '世帯主変更', reasonGroup: '修正', changeDate: '2025-09-01', notifiedOn: null });
    expect(await household(yamamoto.householdNo)).toMatchObject({ head: { atenaNo: yamamotoMother.atenaNo, relationship: '世帯主' } });
    expect((await resident(yamamotoWife.atenaNo)).changes.map((c) => c.reason)).not.toContain('世帯主変更');
  });

  test('a 世帯主変更 later in the same file decides who follows the head', async () => {
    const result = await importRows(subgraph().db, [
      { 宛名番号: kato.atenaNo, 異動事由: '死亡', 異動日: '2025-09-05' },
      { 宛名番号: katoWife.atenaNo, 異動事由: '世帯主変更', 異動日: '2025-09-05', 続柄: '世帯主' },
    ]);
    expect(result).toMatchObject({ status: 'applied', applied: 2 });
    expect(await household(kato.householdNo)).toMatchObject({ head: { atenaNo: katoWife.atenaNo, relationship: '世帯主' }, members: [{ atenaNo: katoWife.atenaNo }, { atenaNo: katoSon.atenaNo, relationship: '子' }] });
    expect((await resident(katoSon.atenaNo)).changes.map((c) => c.reason)).not.toContain('世帯主変更');
  });

  test('修正: 転居 of a household, 転居 into another household, 世帯分離 and 世帯主変更', async () => {
    const splitNo = withCheckDigit(90_000_002, 8);
    const result = await importRows(subgraph().db, [
      { 宛名番号: kobayashi.atenaNo, 異動事由: '転居', 異動日: '2025-09-18', 住所: '試験市旭町一丁目52番4号', 郵便番号: '689-3514' },
      { 宛名番号: kobayashiWife.atenaNo, 異動事由: '転居', 異動日: '2025-09-18', 世帯番号: kobayashi.householdNo, 住所: '試験市旭町一丁目52番4号', 郵便番号: '689-3514' },
      { 宛名番号: nakamuraSon.atenaNo, 異動事由: '世帯分離', 異動日: '2025-09-22', 世帯番号: splitNo },
      { 宛名番号: hayashiDaughter.atenaNo, 異動事由: '転居', 異動日: '2025-09-23', 世帯番号: yoshida.householdNo, 続柄: '同居人' },
      { 宛名番号: watanabe.atenaNo, 異動事由: '世帯主変更', 異動日: '2025-09-25', 続柄: '夫' },
      { 宛名番号: watanabeWife.atenaNo, 異動事由: '世帯主変更', 異動日: '2025-09-25', 続柄: '世帯主' },
    ]);
    expect(result).toMatchObject({ status: 'applied', applied: 6 });
    expect(await household(kobayashi.householdNo)).toMatchObject({ address: '試験市旭町一丁目52番4号', postalCode: '689-3514', members: [{ atenaNo: kobayashi.atenaNo }, { atenaNo: kobayashiWife.atenaNo }] });
    const wife = await resident(kobayashiWife.atenaNo);
    expect(wife).toMatchObject({ address: '試験市旭町一丁目52番4号', addressSince: '2025-09-18' });
    expect(wife.changes[0]).toMatchObject({ reason: '転居', reasonGroup: '修正', changeDate: '2025-09-18', householdNoBefore: null });
    expect(await household(splitNo)).toMatchObject({ address: '試験市中央一丁目1番1号', head: { atenaNo: nakamuraSon.atenaNo, relationship: '世帯主' }, members: [{ atenaNo: nakamuraSon.atenaNo }] });
    expect(await household(nakamura.householdNo)).toMatchObject({ members: [{ atenaNo: nakamura.atenaNo }], formerMembers: [{ atenaNo: nakamuraSon.atenaNo, status: '住民', householdNo: splitNo }] });
    expect((await resident(nakamuraSon.atenaNo)).changes[0]).toMatchObject({ reason: '世帯分離', householdNoBefore: nakamura.householdNo });
    expect(await household(yoshida.householdNo)).toMatchObject({ members: [{ atenaNo: yoshida.atenaNo }, { atenaNo: hayashiDaughter.atenaNo, relationship: '同居人' }] });
    expect(await household(hayashi.householdNo)).toMatchObject({ members: [{ atenaNo: hayashi.atenaNo }], formerMembers: [{ atenaNo: hayashiDaughter.atenaNo, householdNo: yoshida.householdNo }] });
    expect(await household(watanabe.householdNo)).toMatchObject({ head: { atenaNo: watanabeWife.atenaNo }, members: [{ atenaNo: watanabe.atenaNo, relationship: '夫' }, { atenaNo: watanabeWife.atenaNo, relationship: '世帯主' }] });
  });

  test('rows that contradict the registry are rejected with their lines, and the file is not applied', async () => {
    const result = await expectUnchanged(() => household(sato.householdNo), () => importRows(subgraph().db, [
      { 宛名番号: satoWife.atenaNo, 異動事由: '転居', 異動日: '2025-09-01', 住所: '試験市本町一丁目60番1号', 郵便番号: '689-3511' },
      { 宛名番号: suzuki.atenaNo, 異動事由: '国内転出', 異動日: '2025-09-20' },
      { 宛名番号: at(99), 異動事由: '死亡', 異動日: '2025-09-20' },
      { 宛名番号: sato.atenaNo, 異動事由: '国内転入', 異動日: '2025-09-20', 世帯番号: sato.householdNo, 氏名: '佐藤　健一', 氏名カナ: 'サトウ　ケンイチ', 生年月日: '1985-01-01', 性別: '男', 続柄: '世帯主' },
      { 宛名番号: at(98), 異動事由: '出生', 異動日: '2025-09-20', 世帯番号: withCheckDigit(90_000_099, 8), 氏名: '佐藤　蓮', 氏名カナ: 'サトウ　レン', 性別: '男', 続柄: '子' },
      { 宛名番号: watanabeWife.atenaNo, 異動事由: '世帯主変更', 異動日: '2025-09-28', 続柄: '世帯主' },
      { 宛名番号: sato.atenaNo, 異動事由: '死亡', 異動日: '2025-09-20', 氏名: '佐藤　太郎' },
    ]));
    expectRejected(result, [3, 4, 5, 6, 7, 8]);
  });

  test('a 届出日 after the 処理日 is refused with the row\'s other cell rules, before the registry is read', async () => {
    const result = await importRows(subgraph().db, [
      { 宛名番号: satoWife.atenaNo, 異動事由: '死亡', 異動日: '2025-09-20', 届出日: TODAY },
      { 宛名番号: suzuki.atenaNo, 異動事由: '死亡', 異動日: '2025-09-20', 届出日: '2025-10-02', 郵便番号: '6893514' },
    ]);
    const problems = expectRejected(result, [3]);
    expect(problems.map((p) => p.en)).toEqual(['postal code must look like 123-4567', `notified date 2025-10-02 is after today ${TODAY}`]);
  });
});
