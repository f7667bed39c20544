import type { Page } from 'playwright-core';

/**
 * What a planner reads on the page, for the language walk: the visible text, every option of
 * every select, and the placeholders, tooltips and accessible names that are read too. File names
 * and paths (the data folder, a backup's file) are the planner's own, not UI text, and are left out.
 */
export async function readableText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[placeholder],[title],[aria-label]')) {
      for (const name of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(name);
        if (v) parts.push(v);
      }
    }
    for (const o of document.querySelectorAll('option')) parts.push(o.textContent ?? '');
    return parts.join('\n');
  });
  return text
    .replace(/\S*[\\/]\S*/g, ' ')
    .replace(/\S*\.(dangqi-db|dangqi|sqlite|db|csv|ics|xlsx|pdf|json|lock)\b/gi, ' ');
}

/** Internal keys a planner must never read, in either language: the known ones, snake_case and camelCase tokens. */
const RAW_KEY =
  /\b(raci|reserve|execution|planning|preparation|monitoring|member_conference|expectedParticipants|in_progress)\b|\b[a-z]+_[a-z0-9_]+\b|\b[a-z]+[A-Z][A-Za-z]*\b/g;
/** Latin words in a Chinese UI: 3+ letters (acronyms such as KPI, VR, 4K, CSV are upper case and pass). */
const LATIN_WORD = /\b[A-Za-z]?[a-z]{3,}\b/g;
/** Chinese (and full-width) characters in an English UI. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;

/**
 * Words that stay as they are in a Chinese UI: the language switch's own "English", product and
 * key names, and the keywords a holiday file is written with (日期,holiday|workday,名称).
 */
const KEPT_LATIN = new Set([
  'English',
  'Dangqi',
  'Excel',
  'holiday',
  'workday',
  'Enter',
  'Delete',
  'Ctrl',
  'Shift',
  'Alt',
  'Esc',
  'Tab',
  'Backspace',
]);
/** The language switch names Chinese in Chinese, as language switches do; 档 is the app's logo mark. */
const KEPT_CJK = new Set(['中文', '档']);

/** What in `text` is of the other language, or an internal key; empty when the screen is clean. */
export function languageLeaks(text: string, lang: 'zh-CN' | 'en'): string[] {
  const raw = [...text.matchAll(RAW_KEY)].map((m) => `key:${m[0]}`);
  const foreign =
    lang === 'zh-CN'
      ? (text.match(LATIN_WORD) ?? []).filter((w) => !KEPT_LATIN.has(w))
      : (text.match(CJK) ?? []).filter((w) => !KEPT_CJK.has(w));
  // In English, "planning" or "reserve" are words; only the other checks count there.
  const keys =
    lang === 'en' ? raw.filter((k) => !/^key:(planning|reserve|execution|preparation|monitoring)$/.test(k)) : raw;
  return [...new Set([...keys, ...foreign])];
}

/** A leak found by languageLeaks with 30 characters either side of it. */
export function inContext(text: string, leak: string): string {
  const word = leak.replace(/^key:/, '');
  const at = text.indexOf(word);
  return `${leak}: …${text.slice(Math.max(0, at - 30), at + word.length + 30).replace(/\s+/g, ' ')}…`;
}
