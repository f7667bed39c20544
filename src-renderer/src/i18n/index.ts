import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LocalizedText } from '../../../src-shared/errors';
import { en } from './en';
import { zhCN } from './zh-CN';

export type Lang = keyof LocalizedText;
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'dangqi.lang';

function isLang(value: string | null): value is Lang {
  return value === 'zh-CN' || value === 'en';
}

/** A saved choice wins; otherwise the OS/browser locale: any Chinese locale gets zh-CN, the rest English. */
export function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLang(saved)) return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function setLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}

/** The current language, narrowed to the two the service's messages come in. */
export function currentLang(language: string): Lang {
  return isLang(language) ? language : 'en';
}

export function initI18n(): void {
  const lang = initialLang();
  document.documentElement.lang = lang;
  void i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    showSupportNotice: false,
  });
}

/** Between the items of a list in a sentence: 、 in Chinese, a comma in English. */
export function listSeparator(language: string): string {
  return currentLang(language) === 'zh-CN' ? '、' : ', ';
}
