/**
 * The investigation list (調査リスト) of a household, built once from the one GraphQL answer:
 * findings first, ranked by severity, then every member's department sections. The screen and
 * the print render this model; the CSV/XLSX exports carry `investigationSheet(model)`, which has
 * exactly the same rows.
 */
import { departmentLabel } from '@smart-casework/kit/departments';
import { DEPARTMENT_SECTIONS, type DepartmentSection, type InvestigationHousehold, type InvestigationMember } from '@/components/investigation/sections';
import type { SectionLine } from '@/components/investigation/sections/lines';
import type { Sheet } from './export';
import { ageOn, formatDate, formatDateTime } from './format';
import { errorCode, type GraphqlErrorLike } from './graphql-errors';
import { purposeLabel, type Purpose } from './purposes';

export type SectionState = 'record' | 'none' | 'unavailable';

export const STATE_LABEL: Record<SectionState, string> = { record: '該当あり', none: '該当なし', unavailable: '未取得' };

const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABEL: Record<Severity, string> = { critical: '重大', warning: '要確認', info: '参考' };

export interface SectionModel {
  department: string;
  /** 課・業務名 (the section's sourceName; the registry's label when it could not be read). */
  label: string;
  state: SectionState;
  /** When the department's data was last updated; null when 未取得. */
  asOf: string | null;
  /** Why the section is 未取得, in Japanese. */
  reason: string | null;
  lines: SectionLine[];
  findingCount: number;
}

export interface MemberModel {
  atenaNo: string;
  name: string;
  nameKana: string;
  birthDate: string;
  age: number;
  sex: string;
  relationship: string;
  status: string;
  sections: SectionModel[];
}

export interface FindingModel {
  severity: Severity | string;
  severityLabel: string;
  code: string;
  message: string;
  department: string;
  departmentLabel: string;
  asOf: string | null;
  member: { atenaNo: string; name: string; relationship: string };
}

export interface InvestigationListModel {
  householdNo: string;
  address: string;
  headName: string;
  purpose: Purpose;
  purposeLabel: string;
  /** 出力者: 氏名（職員ID）. */
  requestedBy: string;
  generatedAt: string;
  members: MemberModel[];
  findings: FindingModel[];
  /** Departments with at least one 未取得 section, with the reason. */
  unavailable: { department: string; label: string; reason: string }[];
}

export interface BuildInput {
  household: InvestigationHousehold;
  /** The GraphQL errors of the same answer (partial failure). */
  errors: readonly GraphqlErrorLike[];
  purpose: Purpose;
  requestedBy: { staffId: string; name: string } | null;
  /** ISO date-time the list was produced. */
  generatedAt: string;
  /** ISO date ages are counted on. */
  today: string;
}

function labelOf(department: string): string {
  try {
    return departmentLabel(department);
  } catch {
    return department;
  }
}

function pathStartsWith(path: readonly (string | number)[] | null | undefined, prefix: readonly (string | number)[]): boolean {
  return !!path && path.length >= prefix.length && prefix.every((p, i) => path[i] === p);
}

/** The reason a section could not be read, in words a caseworker can act on. */
export function unavailableReason(error: GraphqlErrorLike | undefined, label: string): string {
  if (!error) return `${label}から応答がありませんでした（理由不明）。`;
  switch (errorCode(error)) {
    case 'FORBIDDEN':
      return `${label}の情報を閲覧する権限がありません。（${error.message}）`;
    case 'DEPARTMENT_UNAVAILABLE':
      return `${label}のシステムに接続できませんでした。（${error.message}）`;
    default:
      return `${label}の情報を取得できませんでした。（${error.message}）`;
  }
}

function sectionError(errors: readonly GraphqlErrorLike[], path: readonly (string | number)[], department: string): GraphqlErrorLike | undefined {
  return errors.find((e) => pathStartsWith(e.path, path)) ?? errors.find((e) => e.extensions?.department === department);
}

function buildSection(entry: DepartmentSection, member: InvestigationMember, index: number, errors: readonly GraphqlErrorLike[]): SectionModel {
  const read = entry.read(member);
  const path = ['household', 'members', index, entry.field];
  if (!read) {
    const label = labelOf(entry.department);
    return { department: entry.department, label, state: 'unavailable', asOf: null, reason: unavailableReason(sectionError(errors, path, entry.department), label), lines: [], findingCount: 0 };
  }
  const { fields } = read;
  // A section that came back with part of it missing (e.g. a person it names) says so.
  const partial = errors.filter((e) => pathStartsWith(e.path, path) && (e.path?.length ?? 0) > path.length);
  const lines = [...read.lines, ...partial.map((e) => ({ label: '一部未取得', value: e.message }))];
  return {
    department: entry.department,
    label: fields.sourceName,
    state: fields.hasRecord ? 'record' : 'none',
    asOf: fields.asOf,
    reason: null,
    lines,
    findingCount: fields.findings.length,
  };
}

function severityRank(severity: string): number {
  const rank = (SEVERITIES as readonly string[]).indexOf(severity);
  return rank === -1 ? SEVERITIES.length : rank;
}

function memberFindings(member: InvestigationMember): FindingModel[] {
  const who = { atenaNo: member.atenaNo, name: member.name, relationship: member.relationship };
  return DEPARTMENT_SECTIONS.flatMap((entry) => {
    const read = entry.read(member);
    if (!read) return [];
    return read.fields.findings.map((f) => ({
      severity: f.severity,
      severityLabel: SEVERITY_LABEL[f.severity as Severity] ?? f.severity,
      code: f.code,
      message: f.message,
      department: entry.department,
      departmentLabel: read.fields.sourceName,
      asOf: read.fields.asOf,
      member: who,
    }));
  });
}

/** Findings of every member, most severe first; within a severity, in member then department order. */
export function rankFindings(findings: readonly FindingModel[]): FindingModel[] {
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.order - b.order)
    .map(({ finding }) => finding);
}

function unavailableDepartments(members: readonly MemberModel[]): InvestigationListModel['unavailable'] {
  const seen = new Map<string, InvestigationListModel['unavailable'][number]>();
  for (const section of members.flatMap((m) => m.sections)) {
    if (section.state === 'unavailable' && !seen.has(section.department)) {
      seen.set(section.department, { department: section.department, label: section.label, reason: section.reason ?? '' });
    }
  }
  return [...seen.values()];
}

export function buildInvestigationList(input: BuildInput): InvestigationListModel {
  const { household, errors } = input;
  const members = household.members.map((member, index): MemberModel => ({
    atenaNo: member.atenaNo,
    name: member.name,
    nameKana: member.nameKana,
    birthDate: member.birthDate,
    age: ageOn(member.birthDate, input.today),
    sex: member.sex,
    relationship: member.relationship,
    status: member.status,
    sections: DEPARTMENT_SECTIONS.map((entry) => buildSection(entry, member, index, errors)),
  }));
  const who = input.requestedBy;
  return {
    householdNo: household.householdNo,
    address: household.address,
    headName: household.head.name,
    purpose: input.purpose,
    purposeLabel: purposeLabel(input.purpose),
    requestedBy: who ? `${who.name}（${who.staffId}）` : '不明',
    generatedAt: input.generatedAt,
    members,
    findings: rankFindings(household.members.flatMap(memberFindings)),
    unavailable: unavailableDepartments(members),
  };
}

export const SHEET_COLUMNS = ['区分', '氏名', '続柄', '宛名番号', '部署', '状態', '項目', '内容', '金額（円）', '基準日時'];

/** What a 該当なし or 未取得 section says in place of lines. */
export function emptySectionText(section: SectionModel): string {
  return section.state === 'none' ? '照会済み・記録なし' : (section.reason ?? '取得できませんでした（理由不明）。');
}

function sectionRows(member: MemberModel): Sheet['rows'] {
  return member.sections.flatMap((s) => {
    const head = ['照会結果', member.name, member.relationship, member.atenaNo, s.label, STATE_LABEL[s.state]] as const;
    const asOf = s.asOf ? formatDateTime(s.asOf) : '—';
    if (s.state !== 'record' || s.lines.length === 0) return [[...head, '—', s.state === 'record' ? '記録あり（表示項目なし）' : emptySectionText(s), null, asOf]];
    return s.lines.map((l) => [...head, l.label, l.value, l.amount ?? null, asOf]);
  });
}

/** The same rows as the screen, for toCsv / toXlsx. */
export function investigationSheet(list: InvestigationListModel): Sheet {
  const findingRows = list.findings.map((f) => [
    '要確認事項',
    f.member.name,
    f.member.relationship,
    f.member.atenaNo,
    f.departmentLabel,
    f.severityLabel,
    f.code,
    f.message,
    null,
    f.asOf ? formatDateTime(f.asOf) : '—',
  ]);
  const meta: [string, string][] = [
    ['世帯番号', list.householdNo],
    ['世帯主', list.headName],
    ['住所', list.address],
    ['世帯員', list.members.map((m) => `${m.name}（${m.relationship}・${formatDate(m.birthDate)}生・${m.age}歳）`).join('、')],
    ['利用目的', `${list.purposeLabel}（${list.purpose}）`],
    ['出力者', list.requestedBy],
    ['出力日時', formatDateTime(list.generatedAt)],
    ['未取得の部署', list.unavailable.length === 0 ? 'なし' : list.unavailable.map((u) => u.label).join('、')],
  ];
  return {
    title: `調査リスト（世帯番号 ${list.householdNo}）`,
    meta,
    columns: SHEET_COLUMNS,
    rows: [...findingRows, ...list.members.flatMap(sectionRows)],
  };
}
