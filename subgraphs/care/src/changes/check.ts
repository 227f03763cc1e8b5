import { addDays, addMonths, endOfMonth, type DeltaProblem, type Knex, type Message } from '@smart-casework/kit';
import { NOT_ELIGIBLE } from '../parameters';
import type { CareRow } from './columns';
import { loadLedger, validOn, type Ledger, type PersonState } from './ledger';

/** A renewal longer than 36 months is allowed only when the level is unchanged (2021-04 改正). */
const LONGEST_CHANGED_RENEWAL = 36;

const fail = (ja: string, en: string): Message[] => [{ ja, en }];

function decide(state: PersonState, row: CareRow): Message[] {
  const latest = state.latest;
  const start = row.validFrom ?? row.effectiveDate;
  if (row.reason === '新規認定') {
    if (!state.insured && !latest) return fail('被保険者台帳にも認定履歴にもない方です。', 'the person is neither insured nor previously certified');
    if (state.insured?.lost_on) return fail(`資格を${state.insured.lost_on}に喪失しています。`, `insurance was lost on ${state.insured.lost_on}`);
    if (latest?.valid_to && latest.valid_to >= start && latest.level !== NOT_ELIGIBLE) return fail(`有効な認定（${latest.level}、${latest.valid_to}まで）があります。区分変更か更新です。`, `a certification (${latest.level}) is valid until ${latest.valid_to}: use 区分変更 or 更新`);
    return [];
  }
  if (!latest || latest.level === NOT_ELIGIBLE) return fail('変更・更新する認定がありません。', 'no certification to change or renew');
  if (row.reason === '区分変更') {
    if (!validOn(state, start)) return fail(`有効期間開始 ${start} に有効な認定がありません。`, `no certification is valid on ${start}`);
    if (latest.valid_from && start <= latest.valid_from) return fail('有効期間開始が現在の認定の開始以前です。', 'the validity starts on or before the current one');
    return row.level === latest.level ? fail(`要介護度が変わりません（${latest.level}）。`, `the level does not change (${latest.level})`) : [];
  }
  if (row.validFrom !== null && latest.valid_to !== null && row.validFrom !== addDays(latest.valid_to, 1)) return fail(`更新の有効期間開始は前回の終了の翌日（${addDays(latest.valid_to, 1)}）です。`, `a renewal starts the day after the last validity (${addDays(latest.valid_to, 1)})`);
  if (row.validFrom !== null && row.validTo !== null && row.level !== latest.level && row.validTo > endOfMonth(addMonths(row.validFrom, LONGEST_CHANGED_RENEWAL - 1))) return fail(`要介護度が変わる更新の有効期間は${LONGEST_CHANGED_RENEWAL}か月までです。`, `a renewal that changes the level is valid ${LONGEST_CHANGED_RENEWAL} months at most`);
  return [];
}

function end(state: PersonState, row: CareRow): Message[] {
  if (row.reason === '資格喪失') {
    if (!state.insured) return fail('被保険者台帳にない方です。', 'the person is not insured');
    if (state.insured.lost_on) return fail(`資格を${state.insured.lost_on}に喪失済みです。`, `insurance already lost on ${state.insured.lost_on}`);
    return [];
  }
  const latest = state.latest;
  if (!latest?.valid_to || !latest.valid_from || latest.level === NOT_ELIGIBLE) return fail('取り消す認定がありません。', 'no certification to cancel');
  if (row.effectiveDate <= latest.valid_from || row.effectiveDate > addDays(latest.valid_to, 1)) return fail(`取消日は有効期間（${latest.valid_from}〜${latest.valid_to}）の中にしてください。`, `the cancellation must fall within the validity ${latest.valid_from} to ${latest.valid_to}`);
  return [];
}

/** The effect of a row that passed, as the import will write it. */
function record(state: PersonState, row: CareRow): void {
  const latest = state.latest;
  if (row.reason === '認定取消' && latest) latest.valid_to = addDays(row.effectiveDate, -1);
  else if (row.reason === '資格喪失' && state.insured) {
    state.insured.lost_on = lostOn(row);
    if (latest?.valid_to && latest.valid_to >= lostOn(row)) latest.valid_to = addDays(lostOn(row), -1);
  } else if (row.level !== null) state.latest = { history_no: (latest?.history_no ?? 0) + 1, level: row.level, valid_from: row.validFrom, valid_to: row.validTo };
}

/** 資格喪失日: the day after a death (介護保険法11条), the day of a move or other loss. */
export function lostOn(row: Pick<CareRow, 'effectiveDate' | 'lossReason'>): string {
  return row.lossReason === '死亡' ? addDays(row.effectiveDate, 1) : row.effectiveDate;
}

/** Checks one row against the ledger and, when it passes, records its effect there. */
export function stepCareRow(ledger: Ledger, row: CareRow): Message[] {
  const state = ledger.get(row.atenaNo) ?? { atenaNo: row.atenaNo, insured: null, latest: null };
  ledger.set(row.atenaNo, state);
  const problems = row.reason === '認定取消' || row.reason === '資格喪失' ? end(state, row) : decide(state, row);
  if (problems.length === 0) record(state, row);
  return problems;
}

/** Checks every row against the database and the rows before it, in file order. */
export async function checkCareRows(db: Knex | Knex.Transaction, rows: readonly CareRow[]): Promise<DeltaProblem[]> {
  const ledger: Ledger = await loadLedger(db, rows.map((r) => r.atenaNo));
  return rows.flatMap((row) => stepCareRow(ledger, row).map((m) => ({ line: row.line, ...m })));
}
