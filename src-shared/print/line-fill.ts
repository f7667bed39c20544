import { textEm } from './geometry';

/** CJK characters and full-width forms: a line may break before or after each. */
const isWide = (ch: string) => {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2e80 || (c >= 0xff00 && c <= 0xffef);
};

/**
 * Lines a text takes in a box `lineEm` ems wide, filled the way a browser does: a line breaks
 * at a space or beside a CJK character; a Latin word longer than the line breaks inside
 * (CSS `overflow-wrap: anywhere`). Widths are `textEm`'s estimates.
 */
export function linesOf(text: string, lineEm: number): number {
  if (lineEm < 1) return Infinity;
  let lines = 1;
  let used = 0;
  const place = (word: string, space: number) => {
    let w = textEm(word);
    if (used > 0 && used + w > lineEm) {
      lines++;
      used = 0;
    }
    while (w > lineEm) {
      lines++;
      w -= Math.floor(lineEm / 0.6) * 0.6;
    }
    used += w + space;
  };
  let word = '';
  for (const ch of text) {
    if (ch === ' ') {
      if (word) place(word, 0.3);
      else used += 0.3;
      word = '';
    } else if (isWide(ch)) {
      if (word) place(word, 0);
      word = '';
      place(ch, 0);
    } else word += ch;
  }
  if (word) place(word, 0);
  return lines;
}

/** The longest prefix of `title` with an ellipsis that `fits` accepts (at least one character). */
export function shortened(title: string, fits: (prefix: string) => boolean): string {
  const chars = [...title];
  let lo = 1;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(chars.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}
