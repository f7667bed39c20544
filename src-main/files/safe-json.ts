import { LIMITS, refuse } from './limits';

/**
 * JSON.parse for untrusted text. A linear pre-scan refuses deep nesting and huge strings
 * before the parser allocates anything for them, and a walk afterwards refuses keys that
 * could reach an object's prototype if a later step ever merged the value into another object.
 */
export function parseUntrustedJson(text: string, maxDepth: number = LIMITS.maxDepth): unknown {
  prescan(text, maxDepth);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : '';
    refuse(
      'bad_json',
      `文件内容已损坏或被截断（${detail}）。`,
      `The file content is damaged or truncated (${detail}).`,
    );
  }
  rejectDangerousKeys(value);
  return value;
}

function prescan(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) {
        inString = false;
        if (i - stringStart > LIMITS.maxStringChars) tooLongString();
      }
      continue;
    }
    if (c === 0x22) {
      inString = true;
      stringStart = i;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) {
        refuse(
          'too_deep',
          `文件嵌套层级超过 ${maxDepth} 层，已拒绝。`,
          `The file nests deeper than ${maxDepth} levels and was refused.`,
        );
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  // An unterminated string is caught by JSON.parse, but its length must not slip past the cap.
  if (inString && text.length - stringStart > LIMITS.maxStringChars) tooLongString();
}

function tooLongString(): never {
  refuse(
    'string_too_long',
    `文件中有超过 ${LIMITS.maxStringChars} 个字符的文本，已拒绝。`,
    `The file holds a text longer than ${LIMITS.maxStringChars} characters and was refused.`,
  );
}

const DANGEROUS = new Set(['__proto__', 'constructor', 'prototype']);

function rejectDangerousKeys(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (DANGEROUS.has(key)) {
        refuse(
          'dangerous_key',
          `文件含有不允许的键“${key}”，已拒绝。`,
          `The file contains the forbidden key "${key}".`,
        );
      }
      stack.push((v as Record<string, unknown>)[key]);
    }
  }
}
