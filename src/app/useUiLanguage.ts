import { useEffect } from 'react';
import { setUiLanguage } from '../i18n/i18n.ts';
import { useNameLanguage } from '../store/useNameLanguage.ts';
import { useViewStore } from '../store/useViewStore.ts';

/**
 * Keeps the translation layer and the page's `lang` on the view's language, and the
 * view naming the language shown: where the view has none (a link without `lang=`),
 * the language the app chose — the analyst's remembered choice, else the browser's —
 * is written into it, so the address, Copy link and the evidence brief carry it.
 */
export function useUiLanguage(): void {
  const language = useNameLanguage();
  const named = useViewStore((s) => s.view.lang);
  useEffect(() => {
    void setUiLanguage(language);
  }, [language]);
  useEffect(() => {
    // Replaced, not pushed: naming what is already shown is no step to go Back to.
    if (named === null) useViewStore.getState().setView({ lang: language }, 'replace');
  }, [named, language]);
}
