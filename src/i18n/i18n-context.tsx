import { createContext, useContext, type ReactNode } from 'react';
import { englishTranslator, type Translator } from '@/i18n/translator';

// English when no provider is above (a component rendered on its own in a test).
const I18nContext = createContext<Translator>(englishTranslator);

export function I18nProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

/** The signed-in user's language: `t` for text, plus number, date and duration formats. */
export function useI18n(): Translator {
  return useContext(I18nContext);
}
