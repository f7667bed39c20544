import ICAL from 'ical.js';
import { refuse } from '../limits';

/**
 * Text → ical.js components. ICAL.parse reads every value eagerly and throws on the first bad
 * one (`BYMONTHDAY=40`, `DTSTART:2025`), which would refuse a whole calendar for one broken
 * event. When that happens the calendar is read again event by event: the VEVENTs that parse
 * are kept, the others come back as text blocks to be listed as unreadable.
 */
export interface ParsedText {
  root: ICAL.Component;
  /** The raw lines of each VEVENT that could not be parsed. */
  broken: string[];
}

export function parseCalendarText(text: string): ParsedText {
  try {
    return { root: new ICAL.Component(ICAL.parse(text) as unknown[]), broken: [] };
  } catch {
    return parseEventByEvent(text);
  }
}

function malformed(): never {
  refuse(
    'damaged',
    '日历文件的格式有误（有无法识别的行），无法读取。',
    'The calendar file is malformed (it has lines that cannot be read).',
  );
}

function parseEventByEvent(text: string): ParsedText {
  const lines = text.split(/\r\n|\n|\r/);
  const shell: string[] = [];
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (current) {
      current.push(line);
      if (/^END:VEVENT\s*$/i.test(line)) {
        blocks.push(current);
        current = null;
      }
    } else if (/^BEGIN:VEVENT\s*$/i.test(line)) current = [line];
    else shell.push(line);
  }
  if (current) malformed();
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(shell.join('\r\n')) as unknown[]);
  } catch {
    malformed();
  }
  const broken: string[] = [];
  for (const block of blocks) {
    try {
      const wrapped = ['BEGIN:VCALENDAR', ...block, 'END:VCALENDAR'].join('\r\n');
      const event = new ICAL.Component(ICAL.parse(wrapped) as unknown[]).getFirstSubcomponent('vevent');
      if (event) root.addSubcomponent(event);
      else broken.push(block.join('\n'));
    } catch {
      broken.push(block.join('\n'));
    }
  }
  return { root, broken };
}

/** The UID and SUMMARY of a block ICAL.parse refused, read as plain text so the planner can find it. */
export function blockFields(block: string): { uid: string; title: string } {
  const unfolded = block.replace(/\n[ \t]/g, '');
  const field = (name: string) =>
    new RegExp(`^${name}(?:;[^:\\n]*)?:(.*)$`, 'im')
      .exec(unfolded)?.[1]
      ?.trim()
      .replace(/\\([,;\\])/g, '$1') ?? '';
  return { uid: field('UID').slice(0, 500), title: field('SUMMARY').slice(0, 200) };
}
