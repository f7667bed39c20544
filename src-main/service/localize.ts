import type { LocalizedText } from '../../src-shared/errors';

/** Undo labels: "新建活动「春节会员日」" / "Create activity “Spring member day”". */
export function label(zhVerb: string, enVerb: string, zhWhat: string, enWhat: string, name?: string): LocalizedText {
  const n = name ? name.slice(0, 60) : '';
  return {
    'zh-CN': n ? `${zhVerb}${zhWhat}「${n}」` : `${zhVerb}${zhWhat}`,
    en: n ? `${enVerb} ${enWhat} “${n}”` : `${enVerb} ${enWhat}`,
  };
}
