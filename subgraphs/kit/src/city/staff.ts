import type { CityStaff } from './types';

/** The welfare office and the other staff of the demo (fixed, whatever the seed). */
export const CASEWORKER_COUNT = 20;
export const SUPERVISOR_ID = 'sv001';

const CASEWORKER_NAMES = `田中 美咲:タナカ ミサキ|佐藤 健太:サトウ ケンタ|鈴木 彩:スズキ アヤ|高橋 大輔:タカハシ ダイスケ|伊藤 由佳:イトウ ユカ
|渡辺 拓也:ワタナベ タクヤ|山本 麻衣:ヤマモト マイ|中村 翔太:ナカムラ ショウタ|小林 恵:コバヤシ メグミ|加藤 直樹:カトウ ナオキ
|吉田 千尋:ヨシダ チヒロ|山田 亮:ヤマダ リョウ|松本 沙織:マツモト サオリ|井上 和也:イノウエ カズヤ|木村 遥:キムラ ハルカ
|林 健太郎:ハヤシ ケンタロウ|清水 智美:シミズ トモミ|森 雄太:モリ ユウタ|池田 理恵:イケダ リエ|橋本 圭介:ハシモト ケイスケ`;

function parseName(entry: string): { name: string; nameKana: string } {
  const [name = '', nameKana = ''] = entry.trim().split(':');
  return { name: name.replace(' ', '\u3000'), nameKana: nameKana.replace(' ', '\u3000') };
}

export function caseworkerId(index: number): string {
  return `cw${String(index + 1).padStart(3, '0')}`;
}

export function cityStaff(): CityStaff[] {
  const caseworkers = CASEWORKER_NAMES.split('|').map((entry, i): CityStaff => ({ staffId: caseworkerId(i), ...parseName(entry), role: 'caseworker', division: 'welfare', supervisorId: SUPERVISOR_ID }));
  return [
    ...caseworkers,
    { staffId: SUPERVISOR_ID, ...parseName('岡田 正樹:オカダ マサキ'), role: 'supervisor', division: 'welfare', supervisorId: null },
    { staffId: 'tax001', ...parseName('石川 京子:イシカワ キョウコ'), role: 'tax', division: 'tax', supervisorId: null },
    { staffId: 'au001', ...parseName('前田 誠:マエダ マコト'), role: 'auditor', division: 'audit', supervisorId: null },
    { staffId: 'svc-watcher', ...parseName('異動監視 サービス:イドウカンシ サービス'), role: 'service', division: 'system', supervisorId: null },
  ];
}
