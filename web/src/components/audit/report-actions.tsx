'use client';

import { useExportDownload } from '@/components/common/use-export-download';

/**
 * Print (the print stylesheet lays the answer out on A4) and the Excel file. The file is fetched
 * so that a failure is said here instead of saved; without JavaScript the link still downloads.
 */
export function ReportActions({ exportHref }: { exportHref: string }) {
  const { busy, error, download } = useExportDownload();

  return (
    <div className="list-actions no-print" role="group" aria-label="回答の出力">
      <button type="button" className="button" onClick={() => window.print()}>
        印刷（A4）
      </button>
      <a className="button button--secondary" href={exportHref} onClick={(event) => void download(event, 'xlsx', 'disclosure-report.xlsx')} aria-busy={busy === 'xlsx'}>
        {busy === 'xlsx' ? '出力中…' : 'Excel（XLSX）で出力'}
      </a>
      {error && (
        <p className="message message--error list-actions__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
