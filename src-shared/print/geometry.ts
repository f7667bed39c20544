import type { Orientation, Paper } from './types';

/**
 * Page geometry in millimetres and what fits: text widths in ems (CJK 1 em, Latin ~0.55 em),
 * line slots per row. Estimates that err on the small side, so text never overflows its box.
 */
const PAPER_MM: Record<Paper, [number, number]> = { A4: [210, 297], A3: [297, 420] };
const MARGIN_MM = 10;
const HEADER_FOOTER_MM = 22;
const PT_MM = 0.3528;

export interface Geometry {
  widthMm: number;
  heightMm: number;
  emMm: number;
  lineMm: number;
}

export function geometry(paper: Paper, orientation: Orientation, fontPt = 9): Geometry {
  const [w, h] = PAPER_MM[paper];
  const [pw, ph] = orientation === 'landscape' ? [h, w] : [w, h];
  const emMm = fontPt * PT_MM;
  return { widthMm: pw - 2 * MARGIN_MM, heightMm: ph - 2 * MARGIN_MM - HEADER_FOOTER_MM, emMm, lineMm: emMm * 1.35 };
}

/** Display width in ems: CJK and full-width forms 1, everything else about half. */
export function textEm(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef) ? 1 : 0.6;
  }
  return w;
}

/** The longest prefix of `s` (plus an ellipsis) within `em`. */
export function clip(s: string, em: number): { text: string; clipped: boolean } {
  if (textEm(s) <= em) return { text: s, clipped: false };
  let out = '';
  for (const ch of s) {
    if (textEm(out + ch) + 1 > em) break;
    out += ch;
  }
  return { text: `${out}…`, clipped: true };
}
