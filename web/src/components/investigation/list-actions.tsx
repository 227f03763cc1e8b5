'use client';

import { useExportDownload } from '@/components/common/use-export-download';
import type { Purpose } from '@/lib/purposes';

const EXPORTS = [
  { format: 'csv', label: 'CSV（UTF-8）' },
  { format: 'csv-sjis', label: 'CSV（Shift_JIS）' },
  { format: 'xlsx', label: 'Excel（XLSX）' },
] as const;

/**
 * Print (the print stylesheet lays the list out on A4) and the exports. An export is fetched so
 * that a failure (e.g. a name Shift_JIS cannot hold) is said here instead of saved as a file;
 * without JavaScript the links still download.
 */
export function ListActions({ householdNo, purpose }: { householdNo: string; purpose: Purpose }) {
  const { busy, error, download } = useExportDownload();

  return (
    <div className="list-actions" role="group" aria-label="調査リストの出力">
      <button type="button" className="button" onClick={() => window.print()}>
        印刷（A4）
      </button>
      {EXPORTS.map((e) => (
        <a
          key={e.format}
          className="button button--secondary"
          href={`/household/${householdNo}/export?format=${e.format}&purpose=${purpose}`}
          onClick={(event) => void download(event, e.format, `investigation-list.${e.format === 'xlsx' ? 'xlsx' : 'csv'}`)}
          aria-busy={busy === e.format}
        >
          {busy === e.format ? '出力中…' : `${e.label}で出力`}
        </a>
      ))}
      {error && (
        <p className="message message--error list-actions__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
