import { DOCUMENT_NAMES, FESTIVAL_NAMES, TERMS } from './terms';
import { SENTENCES } from './sentences';

/**
 * English for a text a template wrote in Chinese. Templates are written once, in Chinese (the
 * documents' language); a plan made in the English UI gets every text through this function.
 * It knows the templates' own sentences only: fixed names (TERMS), sentences with numbers
 * (SENTENCES, numbers written "#"), and the few ways templates join them (RULES). A text it does
 * not know comes back unchanged, and the unit test that walks every template fails on it.
 */
export function toEnglish(text: string): string {
  const exact = TERMS[text];
  if (exact !== undefined) return exact;
  if (/[。；]./.test(text)) return sentences(text);
  const bare = text.replace(/[。；]$/, '');
  if (bare !== text) return withStop(toEnglish(bare), text.endsWith('；') ? ';' : '.');
  for (const [pattern, write] of RULES) {
    const m = pattern.exec(text);
    if (m) return write(m);
  }
  return fromTemplate(text) ?? text;
}

function sentences(text: string): string {
  const parts = text.split(/(?<=[。；])/).filter((p) => p !== '');
  return parts.map((p) => toEnglish(p)).join(' ');
}

function withStop(english: string, stop: string): string {
  return /[.;:!?]$/.test(english) ? english : `${english}${stop}`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthName = (n: string) => MONTH_NAMES[Number(n) - 1] ?? n;
const festival = (name: string) => FESTIVAL_NAMES[name] ?? toEnglish(name);
const list = (names: string) => names.split('、').map(toEnglish).join(', ');
const PHASE = '(启动期|成长期|成熟期|扩张期)';
const DOC = `(${Object.keys(DOCUMENT_NAMES).join('|')})`;

type Rule = [RegExp, (m: RegExpExecArray) => string];
const RULES: Rule[] = [
  [/^(.+)（(\d+)月）$/, (m) => `${toEnglish(m[1])} (${monthName(m[2])})`],
  [/^(.+)（(\d+)月·(\d+)）$/, (m) => `${toEnglish(m[1])} (${monthName(m[2])}, ${m[3]})`],
  [/^(.+)·第(\d+)场$/, (m) => `${toEnglish(m[1])} #${m[2]}`],
  [new RegExp(`^${PHASE}·(.+)（第(\\d+)月）$`), (m) => `${TERMS[m[1]]}: ${toEnglish(m[2])} (month ${m[3]})`],
  [/^(.+) 执行费用$/, (m) => `${toEnglish(m[1])}: running cost`],
  [/^(.+)：(方案与资源确认|物料到位与宣传倒计时|复盘)$/, (m) => `${toEnglish(m[1])}: ${TERMS[m[2]]}`],
  [
    new RegExp(`^${PHASE}·获客：(.+)（获客预算(\\d+)%）$`),
    (m) => `${TERMS[m[1]]}, acquisition: ${toEnglish(m[2])} (${m[3]}% of acquisition)`,
  ],
  [
    new RegExp(`^${PHASE}·获客：其他渠道（KOL/搜索，获客预算(\\d+)%，假设）$`),
    (m) => `${TERMS[m[1]]}, acquisition: other channels (KOL/search, ${m[2]}% of acquisition, assumption)`,
  ],
  [
    new RegExp(`^${PHASE}·运营与人员（(\\d+)%，源文件未列明的余额）$`),
    (m) => `${TERMS[m[1]]}: operations and staff (${m[2]}%, the balance the document does not itemise)`,
  ],
  [new RegExp(`^${PHASE}·(.+)（(\\d+)%）$`), (m) => `${TERMS[m[1]]}: ${toEnglish(m[2])} (${m[3]}%)`],
  [
    new RegExp(`^同城推广·${PHASE}，本阶段第(\\d+)个月$`),
    (m) => `City promotion, ${TERMS[m[1]].toLowerCase()} phase, month ${m[2]} of the phase`,
  ],
  [/^紧扣(.+)（(\d{4}-\d\d-\d\d)），面向全体会员$/, (m) => `Tied to ${festival(m[1])} (${m[2]}), for all members`],
  [/^目标会员：(.+)$/, (m) => `Members: ${list(m[1])}`],
  [
    /^客流不及预期时延长线上会场至(.+)后(\d+)天$/,
    (m) => `If footfall falls short, the online venue runs on to ${m[2]} days after ${festival(m[1])}`,
  ],
  [/^备选档期 (\d{4}-\d\d-\d\d)$/, (m) => `alternative date ${m[1]}`],
  [/^(\d{4})年(\d+)月 活动监控与数据看板$/, (m) => `Monitoring and data dashboard, ${monthName(m[2])} ${m[1]}`],
  [
    new RegExp(`^${DOC} ?([\\d.]*)：(.+)$`),
    (m) => `${DOCUMENT_NAMES[m[1]]}${m[2] ? ` ${m[2]}` : ''}: ${toEnglish(m[3])}`,
  ],
  [new RegExp(`^${DOC} ?([\\d.]*)$`), (m) => `${DOCUMENT_NAMES[m[1]]}${m[2] ? ` ${m[2]}` : ''}`],
  [
    /^(.+)：(.+)$/,
    (m) => (TERMS[m[1]] && TERMS[m[2]] ? `${TERMS[m[1]]}: ${TERMS[m[2]]}` : (fromTemplate(m[0]) ?? m[0])),
  ],
];

/**
 * A sentence of SENTENCES: numbers in the text stand as "#" in the key; the English names them
 * as $1, $2 … (as written), $w1 (a count of 万, written out) or $m1 (a month's name).
 */
function fromTemplate(text: string): string | null {
  const numbers: string[] = [];
  const key = text.replace(/\d[\d,.]*\d|\d/g, (n) => {
    numbers.push(n);
    return '#';
  });
  const english = SENTENCES[key];
  if (english === undefined) return null;
  return english.replace(/\$([wm]?)(\d)/g, (_, how: string, i: string) => {
    const n = numbers[Number(i) - 1] ?? '';
    if (how === 'w') return (Number(n.replaceAll(',', '')) * 10_000).toLocaleString('en-US');
    if (how === 'm') return monthName(n);
    return n;
  });
}
