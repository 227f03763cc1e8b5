/**
 * The synthetic demo city, generated once in memory (deterministically from a seed) and then
 * written by each department's `seed/` into its own database. Everything a department needs to
 * stay consistent with the others is decided here, as traits of persons and households.
 * Amounts are yen; dates are ISO `YYYY-MM-DD`.
 */

export type Sex = '男' | '女';
export type ResidentStatus = '住民' | '転出' | '死亡';

/** What kind of household, in the categories of the national assistance statistics. */
export type HouseholdKind = 'elderly' | 'single-parent' | 'disabled-or-sick' | 'couple-with-children' | 'couple' | 'single' | 'other';

export interface CityStaff {
  staffId: string;
  name: string;
  nameKana: string;
  /** caseworker | supervisor | tax | auditor | service */
  role: 'caseworker' | 'supervisor' | 'tax' | 'auditor' | 'service';
  /** welfare | tax | audit | system */
  division: string;
  /** For caseworkers: their supervisor's staffId. */
  supervisorId: string | null;
}

/** Previous calendar year's income by kind (住民税 assessment basis), yen per year. */
export interface AnnualIncome {
  salary: number;
  publicPension: number;
  business: number;
  realEstate: number;
  miscellaneous: number;
}

export interface PensionTrait {
  kind: '老齢基礎年金' | '障害基礎年金' | '遺族基礎年金';
  /** 障害基礎年金 only: 1 or 2. */
  grade: 1 | 2 | null;
  annualAmount: number;
  startedOn: string;
}

export interface CareTrait {
  level: '要支援1' | '要支援2' | '要介護1' | '要介護2' | '要介護3' | '要介護4' | '要介護5';
  certifiedOn: string;
  validFrom: string;
  validTo: string;
}

export interface DisabilityTrait {
  kind: '身体' | '療育' | '精神';
  /** 身体 1級–6級, 療育 A/B, 精神 1級–3級. */
  grade: string;
  /** For 身体: the impairment (視覚, 肢体不自由, 心臓機能 …). */
  category: string | null;
  issuedOn: string;
}

export interface VehicleTrait {
  /** 軽自動車税 種別 (e.g. 軽四輪乗用 自家用, 原付 50cc以下). */
  kind: string;
  plate: string;
  registeredOn: string;
  annualTax: number;
}

export interface LandTrait {
  location: string;
  lotNo: string;
  /** 地目 (宅地, 田, 畑, 山林 …). */
  landUse: string;
  areaSqm: number;
  assessedValue: number;
}

export interface BuildingTrait {
  location: string;
  buildingNo: string;
  /** 種類 (居宅, 共同住宅 …). */
  kind: string;
  structure: '木造' | '非木造';
  floorAreaSqm: number;
  builtYear: number;
  assessedValue: number;
}

/** Something planted for a caseworker to catch in the demo. */
export type PlantedCase = 'light-vehicle' | 'undeclared-income' | 'land' | 'kokuho-not-ended' | 'unclaimed-pension' | 'employee-insurance';

export interface CityPerson {
  atenaNo: string;
  householdNo: string;
  surname: string;
  givenName: string;
  surnameKana: string;
  givenNameKana: string;
  birthDate: string;
  sex: Sex;
  /** 続柄 to the head, per the registry standard (子の子, not 孫). */
  relationship: string;
  status: ResidentStatus;
  /** 住民となった年月日 */
  residentSince: string;
  /** 住所を定めた年月日 */
  addressSince: string;
  /** Where the person lived before (転入前住所), when they moved in from elsewhere. */
  previousAddress: string | null;
  /** Income of the previous calendar year, as the tax division assessed it. */
  income: AnnualIncome;
  /** 扶養: atenaNo of the person who claims this one as a dependant in tax, if any. */
  dependantOf: string | null;
  /** Health cover the city knows of: 国保, 後期, an employee scheme (not held by the city), or none (医療扶助). */
  healthCover: 'kokuho' | 'koki' | 'employee' | 'none';
  /** When the current cover (or the last city-held one) started. */
  healthCoverSince: string;
  /** National pension insured category, for ages 20–59; null otherwise. */
  pensionCategory: '第1号' | '第2号' | '第3号' | null;
  /** 国民年金 exemption of a 第1号 insured. */
  pensionExemption: '法定免除' | '申請全額免除' | null;
  pension: PensionTrait | null;
  care: CareTrait | null;
  disability: DisabilityTrait | null;
  vehicles: VehicleTrait[];
  land: LandTrait[];
  buildings: BuildingTrait[];
  planted: PlantedCase[];
}

/** 児童手当 / 児童扶養手当 / 特別児童扶養手当 received by a household (the recipient is a member). */
export interface ChildAllowanceTrait {
  program: '児童手当' | '児童扶養手当' | '特別児童扶養手当';
  recipientAtenaNo: string;
  /** Children counted for the allowance (atenaNos). */
  childAtenaNos: string[];
  /** 児童扶養手当: 全部支給 or 一部支給; 特別児童扶養手当: 1級 / 2級; 児童手当: null. */
  payment: string | null;
  monthlyAmount: number;
  certifiedOn: string;
}

export interface AssistanceTrait {
  caseNo: string;
  /** 保護中 | 停止中 */
  status: '保護中' | '停止中';
  startedOn: string;
  caseworkerId: string;
  /** 保護費 monthly, yen. */
  monthlyBenefit: number;
  /** 最低生活費 monthly, yen. */
  minimumCostOfLiving: number;
  /** 収入認定額 monthly, yen: what the welfare office recorded as declared income. */
  recognisedIncome: number;
  lastReviewedOn: string;
}

export interface ApplicationTrait {
  applicationNo: string;
  applicantAtenaNo: string;
  appliedOn: string;
  caseworkerId: string;
  /** 調査中 (open). */
  status: '調査中';
}

export interface CityHousehold {
  householdNo: string;
  /** Full address in the fictitious city (住所 + 方書). */
  address: string;
  postalCode: string;
  /** null when the household has no head (世帯主未設定), which the standard allows. */
  headAtenaNo: string | null;
  /** In the registry's display order. */
  memberAtenaNos: string[];
  kind: HouseholdKind;
  assistance: AssistanceTrait | null;
  application: ApplicationTrait | null;
  allowances: ChildAllowanceTrait[];
}

export interface City {
  /** Seed the city was generated from. */
  seed: number;
  /** The day the city's data describes ("today" for its rules). */
  referenceDate: string;
  name: string;
  /** 級地 of the city (e.g. 2級地-1). */
  grade: string;
  persons: CityPerson[];
  households: CityHousehold[];
  staff: CityStaff[];
}
