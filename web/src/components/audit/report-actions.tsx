'use client';

import { useState, type MouseEvent } from 'react';

async function reason(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const message = body !== null && typeof body === 'object' && 'error' in body ? body.error : null;
  return typeof message === 'string' ? message : `出力できませんでした（HTTP ${response.status}）。`;
}

function fileName(response: Response): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : 'disclosure-report.xlsx';
}

/**
 * Print (the print stylesheet lays the answer out on A4) and the Excel file. The file is fetched
 * so that a failure is said here instead of saved; without JavaScript the link still downloads.
 */
export function ReportActions({ exportHref }: { exportHref: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(event.currentTarget.href, { credentials: 'same-origin' });
      if (!response.ok) return setError(await reason(response));
      const url = URL.createObjectURL(await response.blob());
      Object.assign(document.createElement('a'), { href: url, download: fileName(response) }).click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError('出力できませんでした。ネットワークの状態を確認してください。');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="list-actions no-print" role="group" aria-label="回答の出力">
      <button type="button" className="button" onClick={() => window.print()}>
        印刷（A4）
      </button>
      <a className="button button--secondary" href={exportHref} onClick={(event) => void download(event)} aria-busy={busy}>
        {busy ? '出力中…' : 'Excel（XLSX）で出力'}
      </a>
      {error && (
        <p className="message message--error list-actions__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
