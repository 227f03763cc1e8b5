/**
 * Reads the text of a PDF that Chromium printed (Skia), page by page, without a PDF library:
 * enough to check that a printout has pages and says what the screen said. Handles what Skia
 * writes — Flate streams, fonts with a ToUnicode CMap, hex and literal strings in Tj/TJ — not
 * PDFs in general.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\s*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + (body.startsWith('stream\r\n', streamAt) ? 8 : 7);
    const raw = pdf.subarray(dataStart, text.indexOf('endstream', dataStart));
    objects.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    pattern.lastIndex = end;
  }
  return objects;
}

const ref = (dict: string, key: string): number | undefined => {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : undefined;
};

function hexToString(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** A ToUnicode CMap: character code (hex, as written in the content) → text. */
function readCmap(cmap: string): { map: Map<string, string>; codeLength: number } {
  const map = new Map<string, string>();
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap);
  const codeLength = space?.[1]?.length ?? 2;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set((src ?? '').toUpperCase(), hexToString(dst ?? ''));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(dst ?? '0', 16);
      for (let code = parseInt(lo ?? '0', 16); code <= parseInt(hi ?? '0', 16); code++) {
        map.set(code.toString(16).toUpperCase().padStart(codeLength, '0'), String.fromCodePoint(first + code - parseInt(lo ?? '0', 16)));
      }
    }
  }
  return { map, codeLength };
}

type Font = ReturnType<typeof readCmap>;

function pageFonts(page: PdfObject, objects: Map<number, PdfObject>): Map<string, Font> {
  const fonts = new Map<string, Font>();
  const block = /\/Font\s*<<([\s\S]*?)>>/.exec(page.dict)?.[1] ?? '';
  for (const [, name, num] of block.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
    const cmapRef = ref(objects.get(Number(num))?.dict ?? '', 'ToUnicode');
    const cmap = cmapRef === undefined ? undefined : objects.get(cmapRef)?.stream?.toString('latin1');
    if (cmap) fonts.set(name ?? '', readCmap(cmap));
  }
  return fonts;
}

function decodeHex(hex: string, font: Font | undefined): string {
  if (!font) return '';
  const clean = hex.replace(/\s+/g, '').toUpperCase();
  let out = '';
  for (let i = 0; i < clean.length; i += font.codeLength) out += font.map.get(clean.slice(i, i + font.codeLength)) ?? '';
  return out;
}

/** The text drawn by one content stream, a line break at each text object or text matrix. */
function contentText(content: string, fonts: Map<string, Font>): string {
  let font: Font | undefined;
  let out = '';
  const tokens = /\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|\((?:\\.|[^\\)])*\)|\b(BT|Tm|T\*)\b/g;
  for (const [whole, fontName, hex, operator] of content.matchAll(tokens)) {
    if (fontName !== undefined) font = fonts.get(fontName);
    else if (hex !== undefined) out += decodeHex(hex, font);
    else if (operator !== undefined) out += '\n';
    else out += whole.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return out;
}

/** Each page's text in page order (the order of the page tree's Kids). */
export function pdfPages(pdf: Buffer | Uint8Array): string[] {
  const objects = readObjects(Buffer.from(pdf));
  const root = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent\s/.test(o.dict));
  const kids = [...(/\/Kids\s*\[([^\]]*)\]/.exec(root?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return kids.map((num) => {
    const page = objects.get(num);
    if (!page) return '';
    const fonts = pageFonts(page, objects);
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    return [...contents.matchAll(/(\d+) 0 R/g)].map((m) => contentText(objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '', fonts)).join('\n');
  });
}
