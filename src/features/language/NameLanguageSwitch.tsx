import { NAME_LANGUAGES, type NameLanguage } from '../../domain/view/viewState.ts';
import { languageName } from '../../domain/text/languageName.ts';
import { rememberNameLanguage, useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/** Which language entity names are shown in; excerpts always stay in their original language. */
export function NameLanguageSwitch() {
  const language = useNameLanguage();
  const setView = useViewStore((s) => s.setView);
  return (
    <label className="name-language">
      Names in{' '}
      <select
        value={language}
        onChange={(event) => {
          const next = event.target.value as NameLanguage;
          rememberNameLanguage(next);
          setView({ lang: next });
        }}
      >
        {NAME_LANGUAGES.map((tag) => (
          <option key={tag} value={tag}>
            {languageName(tag, tag)}
          </option>
        ))}
      </select>
    </label>
  );
}
