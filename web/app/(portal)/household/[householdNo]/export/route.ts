/**
 * GET /household/<householdNo>/export?format=csv|csv-sjis|xlsx&purpose=…: the investigation list
 * as a file. It is asked for again with the stated purpose (an export is a disclosure of its
 * own) and built by the same builder as the screen, so the rows are the screen's.
 */
import type { NextRequest } from 'next/server';
import { loadInvestigationList } from '@/components/investigation/investigation-query';
import { toCsv, toXlsx, UnencodableCharactersError } from '@/lib/export';
import { investigationSheet, type InvestigationListModel } from '@/lib/investigation-list';
import { purposeOr } from '@/lib/purposes';

const FORMATS = {
  csv: { extension: 'csv', type: 'text/csv; charset=utf-8' },
  'csv-sjis': { extension: 'sjis.csv', type: 'text/csv; charset=shift_jis' },
  xlsx: { extension: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;
type Format = keyof typeof FORMATS;

function isFormat(value: string | null): value is Format {
  return value !== null && value in FORMATS;
}

function fail(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { 'cache-control': 'no-store' } });
}

/** 調査リスト_<世帯番号>_<YYYYMMDD-HHMM in Japan time>.<ext>, with an ASCII fallback name. */
function disposition(list: InvestigationListModel, format: Format): string {
  const { extension } = FORMATS[format];
  const jst = new Date(Date.parse(list.generatedAt) + 9 * 3_600_000).toISOString();
  const stamp = `${jst.slice(0, 10).replace(/-/g, '')}-${jst.slice(11, 16).replace(':', '')}`;
  const name = `${list.householdNo}_${stamp}.${extension}`;
  return `attachment; filename="investigation-list_${name}"; filename*=UTF-8''${encodeURIComponent(`調査リスト_${name}`)}`;
}

async function encode(format: Format, list: InvestigationListModel): Promise<Uint8Array> {
  const sheet = investigationSheet(list);
  if (format === 'xlsx') return toXlsx(sheet);
  return toCsv(sheet, { encoding: format === 'csv-sjis' ? 'shift_jis' : 'utf-8-bom' });
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ householdNo: string }> }): Promise<Response> {
  const { householdNo } = await params;
  const format = request.nextUrl.searchParams.get('format');
  if (!isFormat(format)) return fail(400, '出力形式は csv、csv-sjis、xlsx のいずれかです。');
  const load = await loadInvestigationList(householdNo, purposeOr(request.nextUrl.searchParams.get('purpose')));
  if (load.kind === 'not-found') return fail(404, `世帯番号 ${householdNo} の世帯は見つかりませんでした。`);
  if (load.kind === 'error') return fail(502, `調査リストを作成できませんでした。${load.message}`);
  try {
    const bytes = await encode(format, load.list);
    return new Response(Buffer.from(bytes), {
      headers: { 'content-type': FORMATS[format].type, 'content-disposition': disposition(load.list, format), 'cache-control': 'no-store' },
    });
  } catch (error) {
    if (error instanceof UnencodableCharactersError) return fail(422, error.messageJa);
    throw error;
  }
}
