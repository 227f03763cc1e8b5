/**
 * Fetches an export and saves it, so that a failure (e.g. a name Shift_JIS cannot hold) is said
 * on screen instead of saved as a file. Resolves to null when saved, else the message to show.
 */
export async function downloadExport(href: string, fallbackName: string): Promise<string | null> {
  try {
    const response = await fetch(href, { credentials: 'same-origin' });
    if (!response.ok) return await reason(response);
    const url = URL.createObjectURL(await response.blob());
    Object.assign(document.createElement('a'), { href: url, download: fileName(response, fallbackName) }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return null;
  } catch {
    return '出力できませんでした。ネットワークの状態を確認してください。';
  }
}

function fileName(response: Response, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

async function reason(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const message = body !== null && typeof body === 'object' && 'error' in body ? body.error : null;
  return typeof message === 'string' ? message : `出力できませんでした（HTTP ${response.status}）。`;
}
