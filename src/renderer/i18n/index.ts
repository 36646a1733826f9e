/** i18next setup: Vietnamese by default, English second; the choice is remembered in localStorage. */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { PageEntry } from '../shell/page';
import { PAGES } from '../shell/pages';
import en from './en';
import { mergeMessages } from './messages';
import vi from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANG_STORAGE_KEY = 'uniondesk.lang';

export function storedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return v === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    /* storage may be unavailable; the choice then lasts for this session */
  }
}

/** A fresh i18next instance (one per app; tests make their own), with the texts each page brings. */
export function createI18n(lng: Language = storedLanguage(), pages: readonly PageEntry[] = PAGES): I18n {
  const instance = i18next.createInstance();
  const texts = mergeMessages(
    { vi, en },
    pages.flatMap((p) => (p.messages ? [p.messages] : [])),
  );
  void instance.use(initReactI18next).init({
    resources: { vi: { translation: texts.vi }, en: { translation: texts.en } },
    lng,
    fallbackLng: 'vi',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  dayjs.locale(lng === 'vi' ? 'vi' : 'en');
  instance.on('languageChanged', (l) => {
    dayjs.locale(l === 'vi' ? 'vi' : 'en');
    if (typeof document !== 'undefined') document.documentElement.lang = l;
  });
  return instance;
}
