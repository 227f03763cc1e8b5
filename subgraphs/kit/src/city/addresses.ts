import type { Dwelling } from './household-builder';
import type { Random } from './random';

/** The fictitious city: name, 級地 and its towns (町名, 丁目 count, 郵便番号). */
export const CITY_NAME = '米浜市';
export const CITY_GRADE = '2級地-1';

interface Town {
  name: string;
  chome: number;
  postalCode: string;
}

const TOWN_LIST = `中央町:3 本町:4 駅前:2 港町:3 旭町:3 錦町:2 栄町:3 緑ケ丘:4 桜ケ丘:3 東山町:2
西浜町:3 南原:2 北条町:2 新開:4 昭和町:2 大和町:2 若葉台:5 日吉町:2 青葉町:3 松原:3
湊町:2 富士見町:3 米浜:5 上野町:2 河原町:2 大谷町:3 清水台:3 白浜:2 弥生町:2 朝日ケ丘:4`;

const TOWNS: Town[] = TOWN_LIST.trim()
  .split(/\s+/)
  .map((entry, i) => {
    const [name = '', chome = '1'] = entry.split(':');
    return { name, chome: Number(chome), postalCode: `689-35${String(i + 10).padStart(2, '0')}` };
  });

/** Rural districts (大字) addressed by 番地, where farmland lies. */
const RURAL = ['大字上野', '大字吉岡', '大字田中', '大字福井', '大字中島', '大字新田'];

const KANJI_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const FLAT_PREFIXES = ['コーポ', 'ハイツ', 'メゾン', 'レジデンス', 'グリーンハイツ', 'サンハイツ', 'パレス', 'シャトー', 'エステート', 'アーバン'];
const SEPARATOR = '\u3000';

export interface Address {
  address: string;
  postalCode: string;
  /** 所在 of the plot (for 固定資産), without 番号. */
  location: string;
  /** 番 and 号 of the plot, for 地番 and 家屋番号. */
  lot: [number, number];
}

interface FlatBuilding {
  base: Address;
  name: string;
  floors: number;
  perFloor: number;
  next: number;
}

/** Hands out addresses: unique plots for houses, rooms in shared buildings for flats. */
export class AddressBook {
  private readonly used = new Set<string>();
  private readonly flats: Partial<Record<Dwelling, FlatBuilding>> = {};
  /** Highest 番 handed out; a city too large for 45 per 丁目 gets more (a smaller one never notices). */
  private maxBan = 45;

  constructor(private readonly random: Random) {}

  plot(): Address {
    for (let misses = 0; ; misses++) {
      // Fifty taken plots in a row means the towns are nearly full: widen the 番 range.
      if (misses === 50) {
        this.maxBan *= 2;
        misses = 0;
      }
      const town = this.random.pick(TOWNS);
      const chome = this.random.int(1, town.chome);
      const ban = this.random.int(1, this.maxBan);
      const go = this.random.int(1, 30);
      const key = `${town.name}/${chome}/${ban}/${go}`;
      if (this.used.has(key)) continue;
      this.used.add(key);
      const location = `${CITY_NAME}${town.name}${KANJI_DIGITS[chome]}丁目`;
      return { address: `${location}${ban}番${go}号`, postalCode: town.postalCode, location, lot: [ban, go] };
    }
  }

  /** A home of the given kind; flats and public housing get a 方書 (building and room). */
  home(dwelling: Dwelling): Address {
    if (dwelling === 'house') return this.plot();
    let building = this.flats[dwelling];
    if (!building || building.next >= building.floors * building.perFloor) {
      building = this.newBuilding(dwelling);
      this.flats[dwelling] = building;
    }
    const floor = Math.floor(building.next / building.perFloor) + 1;
    const room = `${floor}${String((building.next % building.perFloor) + 1).padStart(2, '0')}`;
    building.next += 1;
    return { ...building.base, address: `${building.base.address}${SEPARATOR}${building.name}${room}号室` };
  }

  private newBuilding(dwelling: Dwelling): FlatBuilding {
    const base = this.plot();
    const townPart = base.location.slice(CITY_NAME.length).replace(/[一二三四五六七八九]丁目$/, '');
    if (dwelling === 'public-housing') {
      return { base, name: `市営${townPart}団地${this.random.int(1, 6)}号棟`, floors: 4, perFloor: 8, next: 0 };
    }
    return { base, name: `${this.random.pick(FLAT_PREFIXES)}${townPart}${this.random.pick(['', '', 'A棟', 'B棟'])}`, floors: this.random.int(2, 4), perFloor: this.random.int(3, 6), next: 0 };
  }

  /** A rural plot for farmland (所在 and 地番). */
  farmland(): { location: string; lotNo: string } {
    return { location: `${CITY_NAME}${this.random.pick(RURAL)}`, lotNo: `${this.random.int(100, 3999)}番${this.random.chance(0.4) ? this.random.int(1, 9) : ''}` };
  }
}

/** Where people lived before moving in (fictitious municipalities in real prefectures). */
const ELSEWHERE = ['東京都西桜区', '大阪府浪花台市', '広島県瀬戸浜市', '岡山県吉備ケ原市', '兵庫県六甲台市', '福岡県博多浜市', '愛知県尾張台市', '島根県宍道浜市', '鳥取県砂丘台市', '神奈川県湘南原市', '京都府洛西台市', '山口県周防浜市'];

export function previousAddress(random: Random): string {
  const chome = random.int(1, 5);
  return `${random.pick(ELSEWHERE)}${random.pick(['本町', '中央', '東町', '西町', '南町', '北町', '緑町', '栄町'])}${KANJI_DIGITS[chome]}丁目${random.int(1, 40)}番${random.int(1, 25)}号`;
}
