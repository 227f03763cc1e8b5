'use client';

import { useState, type MouseEvent } from 'react';
import { downloadExport } from '@/lib/download';

/**
 * The export links' click: fetch and save (downloadExport), with which link is busy and the
 * message of a failure to show beside them. Without JavaScript the links still download.
 */
export function useExportDownload() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(event: MouseEvent<HTMLAnchorElement>, key: string, fallbackName: string) {
    event.preventDefault();
    setBusy(key);
    setError(null);
    setError(await downloadExport(event.currentTarget.href, fallbackName));
    setBusy(null);
  }

  return { busy, error, download };
}
