'use client';

import { useState, type MouseEvent } from 'react';
import type { Purpose } from '@/lib/purposes';

const EXPORTS = [
  { format: 'csv', label: 'CSV（UTF-8）' },
  { format: 'csv-sjis', label: 'CSV（Shift_JIS）' },
  { format: 'xlsx', label: 'Excel（XLSX）' },
] as const;

function fileName(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

async function reason(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const message = body !== null && typeof body === 'object' && 'error' in body ? body.error : null;
  return typeof message === 'string' ? message : `出力できませんでした（HTTP ${response.status}）。`;
}

/**
 * Print (the print stylesheet lays the list out on A4) and the exports. An export is fetched so
 * that a failure (e.g. a name Shift_JIS cannot hold) is said here instead of saved as a file;
 * without JavaScript the links still download.
 */
export function ListActions({ householdNo, purpose }: { householdNo: string; purpose: Purpose }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(event: MouseEvent<HTMLAnchorElement>, format: string) {
    event.preventDefault();
    setBusy(format);
    setError(null);
    try {
      const response = await fetch(event.currentTarget.href, { credentials: 'same-origin' });
      if (!response.ok) return setError(await reason(response));
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName(response, `investigation-list.${format === 'xlsx' ? 'xlsx' : 'csv'}`) });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError('出力できませんでした。ネットワークの状態を確認してください。');
    } finally {
      setBusy(null);
    }
  }

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
          onClick={(event) => void download(event, e.format)}
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
