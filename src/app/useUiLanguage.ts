import { useEffect } from 'react';
import { setUiLanguage } from '../i18n/i18n.ts';
import { useNameLanguage } from '../store/useNameLanguage.ts';

/** Keeps the translation layer and the page's `lang` on the view's language. */
export function useUiLanguage(): void {
  const language = useNameLanguage();
  useEffect(() => {
    setUiLanguage(language);
  }, [language]);
}
