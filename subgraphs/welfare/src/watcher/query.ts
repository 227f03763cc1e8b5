/**
 * The one document the watcher sends through the gateway. Each department's fragment selects
 * the stable facts a caseworker's decision depends on — never `asOf` (it moves on every
 * import) nor `findings` (their wording may change without the facts changing).
 */
export const WATCH_QUERY = /* GraphQL */ `
  query WatchHouseholds($householdNos: [ID!]!, $knownAtenaNos: [ID!]!) {
    households(householdNos: $householdNos) {
      householdNo
      members {
        ...WatchRegistry
        tax { ...WatchTax }
        healthInsurance { ...WatchInsurance }
        pension { ...WatchPension }
        childBenefits { ...WatchChild }
        longTermCare { ...WatchCare }
        disability { ...WatchDisability }
      }
    }
    known: residents(atenaNos: $knownAtenaNos) { ...WatchRegistry }
  }

  fragment WatchRegistry on Resident {
    atenaNo name birthDate status relationship householdNo
    changes { historyNo reason changeDate householdNoBefore }
  }

  fragment WatchTax on TaxRecord {
    hasRecord fiscalYear taxStatus exemptReason totalIncome
    incomes { kind revenue income }
    lands { location lotNo landUse areaSqm assessedValue }
    buildings { location buildingNo kind floorAreaSqm assessedValue }
    lightVehicles { kind plate registeredOn }
  }

  fragment WatchInsurance on InsuranceRecord {
    hasRecord currentScheme
    enrolments { scheme insuredNo acquiredOn acquisitionReason lostOn lossReason }
  }

  fragment WatchPension on PensionRecord {
    hasRecord insuredCategory insuredSince
    benefits { benefitNo kind grade annualAmount startedOn endedOn }
  }

  fragment WatchChild on ChildBenefitRecord {
    hasRecord
    allowances {
      certificationNo program payment monthlyAmount paymentStartMonth endedOn endReason
      countedChildren { paid }
      revisions { revisionNo revisedOn amountBefore amountAfter reason }
    }
  }

  fragment WatchCare on CareRecord {
    hasRecord insuredCategory premiumStage monthlyPremium premiumCollection
    currentCertification { applicationKind certifiedOn level validFrom validTo }
  }

  fragment WatchDisability on DisabilityRecord {
    hasRecord
    certificates { kind certificateNo grade issuedOn }
    allowances { kind monthlyAmount status }
  }
`;

export interface RegistryRaw {
  atenaNo: string;
  name: string;
  birthDate: string;
  status: string;
  relationship: string;
  householdNo: string;
  changes: { historyNo: number; reason: string; changeDate: string; householdNoBefore: string | null }[];
}

export interface TaxRaw {
  hasRecord: boolean;
  fiscalYear: number;
  taxStatus: string | null;
  exemptReason: string | null;
  totalIncome: number | null;
  incomes: { kind: string; revenue: number; income: number }[];
  lands: { location: string; lotNo: string; landUse: string; areaSqm: number; assessedValue: number }[];
  buildings: { location: string; buildingNo: string; kind: string; floorAreaSqm: number; assessedValue: number }[];
  lightVehicles: { kind: string; plate: string; registeredOn: string }[];
}

export interface InsuranceRaw {
  hasRecord: boolean;
  currentScheme: string | null;
  enrolments: { scheme: string; insuredNo: string; acquiredOn: string; acquisitionReason: string; lostOn: string | null; lossReason: string | null }[];
}

export interface PensionRaw {
  hasRecord: boolean;
  insuredCategory: string | null;
  insuredSince: string | null;
  benefits: { benefitNo: number; kind: string; grade: number | null; annualAmount: number; startedOn: string; endedOn: string | null }[];
}

export interface ChildRaw {
  hasRecord: boolean;
  allowances: {
    certificationNo: string;
    program: string;
    payment: string | null;
    monthlyAmount: number;
    paymentStartMonth: string;
    endedOn: string | null;
    endReason: string | null;
    countedChildren: { paid: boolean }[];
    revisions: { revisionNo: number; revisedOn: string; amountBefore: number; amountAfter: number; reason: string }[];
  }[];
}

export interface CareRaw {
  hasRecord: boolean;
  insuredCategory: string | null;
  premiumStage: number | null;
  monthlyPremium: number | null;
  premiumCollection: string | null;
  currentCertification: { applicationKind: string; certifiedOn: string; level: string; validFrom: string | null; validTo: string | null } | null;
}

export interface DisabilityRaw {
  hasRecord: boolean;
  certificates: { kind: string; certificateNo: string; grade: string; issuedOn: string }[];
  allowances: { kind: string; monthlyAmount: number; status: string }[];
}

/** A member as the watch query returns them: registry facts and each section (null = could not be read). */
export interface MemberRaw extends RegistryRaw {
  tax: TaxRaw | null;
  healthInsurance: InsuranceRaw | null;
  pension: PensionRaw | null;
  childBenefits: ChildRaw | null;
  longTermCare: CareRaw | null;
  disability: DisabilityRaw | null;
}

export interface WatchAnswer {
  households: ({ householdNo: string; members: MemberRaw[] } | null)[] | null;
  known: (RegistryRaw | null)[] | null;
}
