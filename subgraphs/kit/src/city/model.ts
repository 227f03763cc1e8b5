import type { Dwelling, HouseholdDraft, MemberDraft } from './household-builder';
import type { Address } from './addresses';
import type { CityHousehold, CityPerson } from './types';

type Traits = Pick<CityPerson, 'income' | 'dependantOf' | 'pensionCategory' | 'pensionExemption' | 'pension' | 'care' | 'disability' | 'vehicles' | 'land' | 'buildings' | 'planted'>;

/** A person's department traits before anything is known of them: no income, pension, certificates or assets. */
export function noTraits(): Traits {
  return {
    income: { salary: 0, publicPension: 0, business: 0, realEstate: 0, miscellaneous: 0 },
    dependantOf: null,
    pensionCategory: null,
    pensionExemption: null,
    pension: null,
    care: null,
    disability: null,
    vehicles: [],
    land: [],
    buildings: [],
    planted: [],
  };
}

/** How a person earns a living, decided once and used by income, cover and pension traits. */
export type Work = 'employee' | 'part-time' | 'self-employed' | 'farmer' | 'student' | 'none';

export interface Member {
  draft: MemberDraft;
  person: CityPerson;
  work: Work;
  /** 老齢厚生年金 a year (not a city record; the tax division sees it inside publicPension). */
  employeePension: number;
}

export interface Family {
  parents: Member[];
  children: Member[];
}

/** A household while the city is being generated: the drafts beside the records they become. */
export interface HouseholdWork {
  draft: HouseholdDraft;
  household: CityHousehold;
  members: Member[];
  families: Family[];
  address: Address;
  dwelling: Dwelling;
  /** The household owns its home (固定資産). */
  ownsHome: boolean;
  /** Monthly rent, for 住宅扶助 (households on assistance only). */
  rent: number;
}

export function totalIncome(person: CityPerson): number {
  const i = person.income;
  return i.salary + i.publicPension + i.business + i.realEstate + i.miscellaneous;
}

export function isRecipient(work: HouseholdWork): boolean {
  return work.draft.assistanceKind !== null;
}
