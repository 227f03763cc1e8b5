import type { RegistryRaw } from '../query';
import { on, type DetectedChange, type RuleContext } from './types';

/**
 * 住民記録: who is in the household. Unlike the departments' sections this rule compares the
 * household's membership, not one member's facts: a person who is no longer a current member
 * left (転出, 死亡, 世帯分離 …), a person who was not one before arrived (転入, 出生).
 */

export interface RegistryFacts {
  name: string;
  birthDate: string;
  relationship: string;
  householdNo: string;
  /** 住民 / 転出 / 死亡 */
  status: string;
  /** The newest 異動 (reason and date), which says how the person came or went. */
  lastChange: { reason: string; changeDate: string } | null;
}

export function registryFacts(raw: RegistryRaw): RegistryFacts {
  const newest = [...raw.changes].sort((a, b) => b.historyNo - a.historyNo)[0];
  return {
    name: raw.name,
    birthDate: raw.birthDate,
    relationship: raw.relationship,
    householdNo: raw.householdNo,
    status: raw.status,
    lastChange: newest ? { reason: newest.reason, changeDate: newest.changeDate } : null,
  };
}

/**
 * A member of the last snapshot who is not a current member now. `now` is the person as the
 * registry holds them today (null when it could not say): 死亡 when they died, 世帯員転出 otherwise.
 */
export function departureChange(before: RegistryFacts, now: RegistryFacts | null, householdNo: string, ctx: RuleContext): DetectedChange {
  const after = now ?? { ...before, status: '不明', lastChange: null };
  const date = after.lastChange?.changeDate ?? null;
  if (after.status === '死亡') {
    return { kind: '死亡', summary: `世帯員 ${ctx.name} が死亡${on(date)}`, before, after, effectiveDate: date, estimatedMonthlyImpact: null };
  }
  const reason = after.lastChange?.reason;
  const details = [date, after.status === '住民' && after.householdNo !== householdNo ? `世帯番号 ${after.householdNo} へ` : null, reason ? null : '事由不明'].filter(Boolean).join('、');
  const summary = `世帯員 ${ctx.name} が${reason ? `${reason}により` : ''}世帯を離れました${details ? `（${details}）` : ''}`;
  return { kind: '世帯員転出', summary, before, after, effectiveDate: date, estimatedMonthlyImpact: null };
}

/** A current member who was not in the last snapshot: 出生 when born into it, 世帯員転入 otherwise. */
export function arrivalChange(after: RegistryFacts, ctx: RuleContext): DetectedChange {
  const reason = after.lastChange?.reason ?? null;
  if (reason === '出生') {
    const date = after.lastChange?.changeDate ?? after.birthDate;
    return { kind: '出生', summary: `${ctx.name}（${after.relationship}）が出生により世帯に加わりました${on(date)}`, before: null, after, effectiveDate: date, estimatedMonthlyImpact: null };
  }
  const date = after.lastChange?.changeDate ?? null;
  return { kind: '世帯員転入', summary: `${ctx.name}（${after.relationship}、${after.birthDate}生）が${reason ? `${reason}により` : ''}世帯に加わりました${on(date)}`, before: null, after, effectiveDate: date, estimatedMonthlyImpact: null };
}
