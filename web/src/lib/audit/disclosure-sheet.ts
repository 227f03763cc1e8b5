/**
 * 開示請求への回答 as a sheet (the Excel export): who looked at the person's data, when, why,
 * which departments and fields, disclosed or refused — one row per department of each request,
 * newest first, as the screen lists them.
 */
import type { Sheet } from '../export';
import { formatDate } from '../format';
import { codeLabel, roleAndDivision } from './labels';
import { describePeriod, formatAuditTime, type PeriodDays } from './period';

export const DISCLOSURE_TITLE = '個人情報の利用状況（開示請求に対する回答）';

/** The parts of the audit subgraph's DisclosureReport the answer shows. */
export interface DisclosureData {
  atenaNo: string;
  householdNo: string | null;
  accessCount: number;
  disclosedCount: number;
  refusedCount: number;
  accesses: readonly {
    at: string;
    staffId: string | null;
    role: string | null;
    division: string | null;
    purpose: string | null;
    purposeLabel: string | null;
    operationName: string | null;
    disclosed: boolean;
    departments: readonly { department: string | null; departmentLabel: string | null; fields: readonly string[]; outcome: 'ALLOWED' | 'DENIED'; reason: string | null }[];
  }[];
}

export interface DisclosureIssue {
  period: PeriodDays;
  /** 発行日 (YYYY-MM-DD, Japan time). */
  issuedOn: string;
  /** 発行者: the auditor, e.g. 監査 太郎（au001）. */
  issuedBy: string;
}

export const DISCLOSURE_COLUMNS = ['日時', '職員ID', '役割・所属', '照会目的', '操作名', '課', '項目', '結果'];

/** 宛名番号, 対象期間, 発行日 …: the head of the answer, on paper and in the file. */
export function disclosureMeta(report: DisclosureData, issue: DisclosureIssue): [string, string][] {
  return [
    ['宛名番号', report.atenaNo],
    ...(report.householdNo ? [['世帯番号', report.householdNo] as [string, string]] : []),
    ['対象期間', describePeriod(issue.period)],
    ['発行日', formatDate(issue.issuedOn)],
    ['発行者', issue.issuedBy],
    ['照会の件数', `${report.accessCount} 件（開示 ${report.disclosedCount} 件・拒否 ${report.refusedCount} 件）`],
  ];
}

/** 開示, or 拒否（担当外）: the report's reasons come in Japanese, or as a code for refusals at the door. */
export function departmentResult(d: { outcome: 'ALLOWED' | 'DENIED'; reason: string | null }): string {
  if (d.outcome === 'ALLOWED') return '開示';
  return d.reason ? `拒否（${codeLabel(d.reason)}）` : '拒否';
}

/** One request's result: 開示, 拒否 (nothing disclosed), or 一部拒否 (some departments refused). */
export function accessResult(access: DisclosureData['accesses'][number]): string {
  if (!access.disclosed) return '拒否';
  return access.departments.some((d) => d.outcome === 'DENIED') ? '一部拒否' : '開示';
}

export function disclosureSheet(report: DisclosureData, issue: DisclosureIssue): Sheet {
  const rows = report.accesses.flatMap((access) => {
    const head = [formatAuditTime(access.at), access.staffId ?? '未認証', roleAndDivision(access.role, access.division), access.purposeLabel ?? access.purpose ?? '記載なし', access.operationName ?? '—'];
    const departments = access.departments.length > 0 ? access.departments : [null];
    return departments.map((d) =>
      d === null
        ? [...head, '—', '—', accessResult(access)]
        : [...head, d.departmentLabel ?? d.department ?? '—', d.fields.join('、') || '—', departmentResult(d)],
    );
  });
  return { title: DISCLOSURE_TITLE, meta: disclosureMeta(report, issue), columns: DISCLOSURE_COLUMNS, rows };
}
