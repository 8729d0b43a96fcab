import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Language = 'zh-CN' | 'en';
/** A page's messages: Chinese first; English must have the same keys. */
export type Messages<K extends string> = { 'zh-CN': Record<K, string>; en: Record<K, string> };

const STORAGE_KEY = 'greenbuild.lang';

type LanguageState = { lang: Language; setLang(lang: Language): void };
const LanguageContext = createContext<LanguageState>({ lang: 'zh-CN', setLang: () => undefined });

let currentLanguage: Language = readStoredLanguage();

function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** The language the API should answer in (sent as Accept-Language). */
export const apiLanguage = () => currentLanguage;

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(currentLanguage);
  const setLang = useCallback((next: Language) => {
    currentLanguage = next;
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export const useLanguage = () => useContext(LanguageContext);

/** Returns t(key, params) for a page's own messages in the current language. */
export function useT<K extends string>(messages: Messages<K>) {
  const { lang } = useLanguage();
  return useCallback(
    (key: K, params?: Record<string, string | number>) => {
      const text = messages[lang][key] ?? messages['zh-CN'][key] ?? key;
      return params ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? '')) : text;
    },
    [lang, messages],
  );
}
