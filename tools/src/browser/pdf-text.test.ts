import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchBrowser, type Browser } from './chromium';
import { pdfPages } from './pdf-text';

/** What the portal tests compare: NFKC (Skia maps some CJK glyphs to Kangxi radicals) without spaces. */
const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

describe.skipIf(browserSkipReason())('pdfPages reads back what Chromium printed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('finds each page and its Japanese and Latin text', async () => {
    const page = await browser.context.newPage();
    await page.setContent(`<html lang="ja"><body>
      <h1>調査リスト（世帯番号 10000016）</h1><p>米子　陽子 ヨナゴ ヨウコ 令和7年4月1日 46,690円 (a) \\ done</p>
      <p style="break-before: page">二頁目: 未取得 / 該当なし</p></body></html>`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf).map(plain);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain(plain('調査リスト（世帯番号 10000016）'));
    expect(pages[0]).toContain(plain('米子　陽子ヨナゴヨウコ令和7年4月1日46,690円(a)\\done'));
    expect(pages[0]).not.toContain('二頁目');
    expect(pages[1]).toBe(plain('二頁目: 未取得 / 該当なし'));
    await page.close();
  });
});
