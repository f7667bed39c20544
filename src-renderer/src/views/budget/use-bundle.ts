import i18next from 'i18next';
import { useTranslation } from 'react-i18next';

type Strings = { [key: string]: string | Strings };

/**
 * Each plan-item view keeps its strings in its own i18next namespace, registered on first use,
 * so these views add no keys to the shell's shared resource files.
 */
export function useBundle(ns: string, bundles: { 'zh-CN': Strings; en: Strings }) {
  if (!i18next.hasResourceBundle('en', ns)) {
    i18next.addResourceBundle('zh-CN', ns, bundles['zh-CN'], true, true);
    i18next.addResourceBundle('en', ns, bundles.en, true, true);
  }
  return useTranslation([ns, 'translation']);
}
