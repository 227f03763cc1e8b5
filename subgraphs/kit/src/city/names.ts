import { WeightedList, type Random } from './random';
import type { Sex } from './types';

/**
 * Common Japanese surnames and era-typical given names, each with its reading in full-width
 * katakana. Persons get random combinations, so no real person is described.
 */
export interface Name {
  kanji: string;
  kana: string;
}

function parse(list: string): Name[] {
  return list
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [kanji = '', kana = ''] = entry.split(':');
      return { kanji, kana };
    });
}

/** Roughly in order of frequency; the weights below favour the head of the list. */
export const SURNAMES = parse(`
佐藤:サトウ 鈴木:スズキ 高橋:タカハシ 田中:タナカ 伊藤:イトウ 渡辺:ワタナベ 山本:ヤマモト 中村:ナカムラ 小林:コバヤシ 加藤:カトウ
吉田:ヨシダ 山田:ヤマダ 佐々木:ササキ 山口:ヤマグチ 松本:マツモト 井上:イノウエ 木村:キムラ 林:ハヤシ 斎藤:サイトウ 清水:シミズ
山崎:ヤマザキ 森:モリ 池田:イケダ 橋本:ハシモト 阿部:アベ 石川:イシカワ 山下:ヤマシタ 中島:ナカシマ 石井:イシイ 小川:オガワ
前田:マエダ 岡田:オカダ 長谷川:ハセガワ 藤田:フジタ 後藤:ゴトウ 近藤:コンドウ 村上:ムラカミ 遠藤:エンドウ 青木:アオキ 坂本:サカモト
斉藤:サイトウ 福田:フクダ 太田:オオタ 西村:ニシムラ 藤井:フジイ 金子:カネコ 岡本:オカモト 藤原:フジワラ 中野:ナカノ 三浦:ミウラ
原田:ハラダ 中川:ナカガワ 松田:マツダ 竹内:タケウチ 小野:オノ 田村:タムラ 中山:ナカヤマ 和田:ワダ 石田:イシダ 森田:モリタ
上田:ウエダ 原:ハラ 内田:ウチダ 柴田:シバタ 酒井:サカイ 宮崎:ミヤザキ 横山:ヨコヤマ 高木:タカギ 安藤:アンドウ 宮本:ミヤモト
大野:オオノ 小島:コジマ 工藤:クドウ 谷口:タニグチ 今井:イマイ 高田:タカダ 丸山:マルヤマ 増田:マスダ 杉山:スギヤマ 村田:ムラタ
大塚:オオツカ 小山:コヤマ 平野:ヒラノ 藤本:フジモト 菅原:スガワラ 武田:タケダ 新井:アライ 小松:コマツ 野口:ノグチ 桜井:サクライ
千葉:チバ 岩崎:イワサキ 松井:マツイ 野村:ノムラ 木下:キノシタ 菊地:キクチ 佐野:サノ 大西:オオニシ 杉本:スギモト 松尾:マツオ
市川:イチカワ 古川:フルカワ 河野:コウノ 山内:ヤマウチ 西田:ニシダ 松岡:マツオカ 北村:キタムラ 安田:ヤスダ 中田:ナカタ 川口:カワグチ
平田:ヒラタ 川崎:カワサキ 本田:ホンダ 久保:クボ 飯田:イイダ 沢田:サワダ 辻:ツジ 関:セキ 吉川:ヨシカワ 中西:ナカニシ
岩田:イワタ 服部:ハットリ 樋口:ヒグチ 福島:フクシマ 川上:カワカミ 永井:ナガイ 松下:マツシタ 田口:タグチ 山中:ヤマナカ 森本:モリモト
土屋:ツチヤ 矢野:ヤノ 広瀬:ヒロセ 秋山:アキヤマ 石原:イシハラ 松村:マツムラ 大橋:オオハシ 岡崎:オカザキ 浜田:ハマダ 馬場:ババ
荒木:アラキ 小池:コイケ 須藤:スドウ 大久保:オオクボ 野田:ノダ 小西:コニシ 田辺:タナベ 松永:マツナガ 足立:アダチ 門脇:カドワキ
`);

const SURNAME_WEIGHTS = new WeightedList(SURNAMES.map((name, i) => [name, 1 / (i + 12)] as const));

/** Given names by birth cohort, so that grandparents and grandchildren sound their age. */
const GIVEN_NAMES: Record<Sex, { until: number; names: Name[] }[]> = {
  男: [
    { until: 1949, names: parse('清:キヨシ 茂:シゲル 勇:イサム 実:ミノル 進:ススム 博:ヒロシ 正雄:マサオ 武:タケシ 弘:ヒロシ 勝:マサル 昭:アキラ 三郎:サブロウ 義雄:ヨシオ 一郎:イチロウ 正:タダシ 忠:タダシ 豊:ユタカ 稔:ミノル 和夫:カズオ 幸雄:ユキオ 久雄:ヒサオ 敏夫:トシオ 秀夫:ヒデオ 保:タモツ 隆:タカシ') },
    { until: 1974, names: parse('誠:マコト 浩:ヒロシ 健一:ケンイチ 和彦:カズヒコ 修:オサム 明:アキラ 哲也:テツヤ 浩二:コウジ 俊彦:トシヒコ 正樹:マサキ 秀樹:ヒデキ 学:マナブ 剛:ツヨシ 聡:サトシ 英樹:ヒデキ 徹:トオル 雅之:マサユキ 博之:ヒロユキ 信也:シンヤ 康弘:ヤスヒロ 克也:カツヤ 直人:ナオト 智之:トモユキ 隆司:タカシ 敦:アツシ') },
    { until: 1999, names: parse('大輔:ダイスケ 拓也:タクヤ 達也:タツヤ 翔太:ショウタ 健太:ケンタ 直樹:ナオキ 和也:カズヤ 雄太:ユウタ 大樹:ダイキ 亮:リョウ 翔:ショウ 拓海:タクミ 剛志:ツヨシ 健太郎:ケンタロウ 優太:ユウタ 慎也:シンヤ 亮太:リョウタ 貴之:タカユキ 裕介:ユウスケ 洋平:ヨウヘイ 智也:トモヤ 祐樹:ユウキ 圭介:ケイスケ 駿:シュン 翼:ツバサ') },
    { until: 9999, names: parse('蓮:レン 大翔:ヒロト 悠真:ユウマ 陽翔:ハルト 湊:ミナト 樹:イツキ 颯太:ソウタ 悠人:ユウト 陸:リク 蒼:アオイ 律:リツ 朝陽:アサヒ 結翔:ユイト 大和:ヤマト 海斗:カイト 颯:ハヤテ 陽太:ヨウタ 奏太:ソウタ 晴:ハル 碧:アオイ 蒼空:ソラ 瑛太:エイタ 悠斗:ユウト 凪:ナギ 湊斗:ミナト') },
  ],
  女: [
    { until: 1949, names: parse('和子:カズコ 幸子:サチコ 節子:セツコ 久子:ヒサコ 文子:フミコ 美代子:ミヨコ 静子:シズコ 千代子:チヨコ 敏子:トシコ 光子:ミツコ 弘子:ヒロコ 信子:ノブコ トミ:トミ ハル:ハル キヨ:キヨ 澄子:スミコ 照子:テルコ 君子:キミコ 富子:トミコ 貞子:サダコ 春子:ハルコ 芳子:ヨシコ 昭子:アキコ 洋子:ヨウコ 悦子:エツコ') },
    { until: 1974, names: parse('恵子:ケイコ 由美子:ユミコ 真由美:マユミ 久美子:クミコ 裕子:ユウコ 京子:キョウコ 明美:アケミ 直美:ナオミ 智子:トモコ 陽子:ヨウコ 美香:ミカ 順子:ジュンコ 典子:ノリコ 里美:サトミ 純子:ジュンコ 明子:アキコ 律子:リツコ 孝子:タカコ 美穂:ミホ 尚美:ナオミ 千春:チハル 香織:カオリ 淳子:ジュンコ 美紀:ミキ 和美:カズミ') },
    { until: 1999, names: parse('愛:アイ 彩:アヤ 麻衣:マイ 優子:ユウコ 智美:トモミ 沙織:サオリ 美咲:ミサキ 由佳:ユカ 舞:マイ 恵:メグミ 彩香:アヤカ 真美:マミ 理恵:リエ 奈々:ナナ 美穂:ミホ 千尋:チヒロ 遥:ハルカ 菜摘:ナツミ 早紀:サキ 明日香:アスカ 綾乃:アヤノ 瞳:ヒトミ 絵美:エミ 佳奈:カナ 萌:モエ') },
    { until: 9999, names: parse('陽葵:ヒマリ 結菜:ユナ 凛:リン 葵:アオイ 結衣:ユイ 芽依:メイ さくら:サクラ 紬:ツムギ 澪:ミオ 莉子:リコ 杏:アン 美桜:ミオ 心春:コハル 陽菜:ヒナ 結愛:ユア 咲良:サクラ 彩葉:イロハ 花:ハナ 楓:カエデ 詩:ウタ 琴葉:コトハ 日葵:ヒマリ 愛莉:アイリ 美月:ミヅキ 芽生:メイ') },
  ],
};

export function pickSurname(random: Random): Name {
  return SURNAME_WEIGHTS.draw(random);
}

export function pickGivenName(random: Random, sex: Sex, birthDate: string): Name {
  const year = Number(birthDate.slice(0, 4));
  const cohorts = GIVEN_NAMES[sex];
  const cohort = cohorts.find((c) => year <= c.until) ?? cohorts[cohorts.length - 1];
  return random.pick(cohort?.names ?? []);
}

/** Every given name of one sex (for tests and staff). */
export function givenNames(sex: Sex): Name[] {
  return GIVEN_NAMES[sex].flatMap((c) => c.names);
}
