import { DEPARTMENTS } from '@smart-casework/kit';
import type { MemberRaw } from '../query';
import { childFacts, childRule } from './child-benefits';
import { disabilityFacts, disabilityRule } from './disability';
import { insuranceFacts, insuranceRule } from './health-insurance';
import { careFacts, careRule } from './long-term-care';
import { pensionFacts, pensionRule } from './pension';
import { taxFacts, taxRule } from './tax';
import type { DetectedChange, RuleContext, SectionRule } from './types';

export * from './types';
export { arrivalChange, departureChange, registryFacts, type RegistryFacts } from './registry';

/** The Resident fields the watcher compares, one per department. */
export type SectionField = 'tax' | 'healthInsurance' | 'pension' | 'childBenefits' | 'longTermCare' | 'disability';

/** The pseudo-section of membership (who is in the household), owned by residents. */
export const REGISTRY_SECTION = 'registry';

/** One watched section with its types erased, so that the sections can be walked as a list. */
export interface WatchedSection {
  section: SectionField;
  /** The department that owns the section (`source` of its notices). */
  department: string;
  /**
   * Bumped when the facts' shape changes: a snapshot of another version is taken as a fresh
   * baseline, never compared (a new field must not read as a change).
   */
  version: number;
  facts(raw: NonNullable<MemberRaw[SectionField]>): unknown;
  rule(before: unknown, after: unknown, ctx: RuleContext): DetectedChange[];
}

function departmentOf(section: SectionField): string {
  const entry = DEPARTMENTS.find((d) => d.section === section);
  if (!entry) throw new Error(`no department adds Resident.${section}`);
  return entry.name;
}

function watched<K extends SectionField, F>(section: K, version: number, facts: (raw: NonNullable<MemberRaw[K]>) => F, rule: SectionRule<F>): WatchedSection {
  return {
    section,
    department: departmentOf(section),
    version,
    // The raw value is this section's (the caller indexes by `section`); the snapshot is our own earlier facts.
    facts: (raw) => facts(raw as NonNullable<MemberRaw[K]>),
    rule: (before, after, ctx) => rule(before as F, after as F, ctx),
  };
}

export const WATCHED_SECTIONS: readonly WatchedSection[] = [
  watched('tax', 1, taxFacts, taxRule),
  watched('healthInsurance', 1, insuranceFacts, insuranceRule),
  watched('pension', 1, pensionFacts, pensionRule),
  watched('childBenefits', 1, childFacts, childRule),
  watched('longTermCare', 1, careFacts, careRule),
  watched('disability', 1, disabilityFacts, disabilityRule),
];
