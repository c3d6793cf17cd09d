import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_LANGUAGES, type NameLanguage } from '../../domain/view/viewState.ts';
import { ENDONYMS } from '../../domain/text/languageName.ts';
import { rememberNameLanguage, useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/**
 * The language of the UI and of entity names, remembered and carried in links;
 * excerpts always stay in their original language. Its label names it in both
 * languages, so a reader of either finds it whatever the UI shows.
 */
export function NameLanguageSwitch() {
  const { t } = useTranslation();
  const language = useNameLanguage();
  const setView = useViewStore((s) => s.setView);
  const hintId = useId();
  return (
    <>
      <label className="name-language" title={t('language.hint')}>
        <span className="header-label">{t('language.label')} </span>
        <select
          value={language}
          aria-describedby={hintId}
          onChange={(event) => {
            const next = event.target.value as NameLanguage;
            rememberNameLanguage(next);
            setView({ lang: next });
          }}
        >
          {NAME_LANGUAGES.map((tag) => (
            <option key={tag} value={tag} lang={tag}>
              {ENDONYMS[tag]}
            </option>
          ))}
        </select>
      </label>
      <span id={hintId} className="visually-hidden">
        {t('language.hint')}
      </span>
    </>
  );
}
