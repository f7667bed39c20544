import { execFileSync } from 'node:child_process';

/** A word pdftotext found, in PDF points from the page's top left. */
export interface PdfWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPageWords {
  width: number;
  height: number;
  words: PdfWord[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word of every page with its box (`pdftotext -bbox`, Debian package poppler-utils). */
export function pdfWords(pdf: string): PdfPageWords[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPageWords[] = [];
  const re =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1] !== undefined) pages.push({ width: Number(m[1]), height: Number(m[2]), words: [] });
    else
      pages[pages.length - 1]?.words.push({
        text: unescape(m[7]),
        x0: Number(m[3]),
        y0: Number(m[4]),
        x1: Number(m[5]),
        y1: Number(m[6]),
      });
  }
  return pages;
}

/** The text in drawing order (`pdftotext -raw`), whitespace removed: a title wrapped over two lines reads whole. */
export function pdfRawText(pdf: string): string {
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(
    /\s+/g,
    '',
  );
}

/**
 * Pairs of words on a page whose boxes overlap by more than a third of the smaller one: text
 * that ran out of its box into another's (what a clipped or crowded title looks like on paper).
 * Boxes are the font's full height, taller than a tight line pitch, so only the middle half of
 * each box's height counts: lines set one under the other do not overlap, text over text does.
 */
export function overlappingWords(page: PdfPageWords): [PdfWord, PdfWord][] {
  const out: [PdfWord, PdfWord][] = [];
  const ws = page.words
    .map((w) => {
      const q = (w.y1 - w.y0) / 4;
      return { ...w, y0: w.y0 + q, y1: w.y1 - q };
    })
    .sort((a, b) => a.x0 - b.x0);
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i];
    for (let j = i + 1; j < ws.length && ws[j].x0 < a.x1; j++) {
      const b = ws[j];
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w <= 0 || h <= 0) continue;
      const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      if (w * h > smaller / 3) out.push([a, b]);
    }
  }
  return out;
}

export const MM_PT = 72 / 25.4;
