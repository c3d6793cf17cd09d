import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResults } from '../../domain/search/searchDataset.ts';
import { languageName } from '../../domain/text/languageName.ts';
import { datasetSearch } from '../../dataset/datasetSearch.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { itemTitle } from '../../i18n/itemTitle.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';

interface Option {
  key: string;
  id: string;
  primary: string;
  secondary: string;
  group: 'names' | 'excerpts';
  lang?: string;
  /** For an excerpt result: which of its owner's excerpts to open in the reader. */
  excerptNumber?: number;
}

function optionsOf(
  results: SearchResults,
  title: (id: string) => string,
  t: TFunction,
  language: string,
): Option[] {
  return [
    ...results.names.map((hit) => ({
      key: `n-${hit.entityId}`,
      id: hit.entityId,
      primary: title(hit.entityId),
      secondary:
        hit.matched === title(hit.entityId)
          ? ''
          : t('search.matched', {
              field: t(`search.field.${hit.field}`),
              matched: hit.matched,
              language: languageName(hit.language, language),
            }),
      group: 'names' as const,
    })),
    ...results.excerpts.map((hit, i) => ({
      key: `e-${i}-${hit.ownerId}`,
      id: hit.ownerId,
      primary: title(hit.ownerId),
      secondary: hit.quote,
      group: 'excerpts' as const,
      lang: hit.language,
      excerptNumber: hit.excerptNumber,
    })),
  ];
}

/**
 * Search over names, aliases and offices in every language, then excerpt words:
 * Turkish-aware and typo-tolerant. Arrows move, Enter selects and centres, Escape clears.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const query = useViewStore((s) => s.view.search);
  const { setSearch, select, centreOn, openReader } = useViewStore.getState();
  const [active, setActive] = useState(0);
  const [isOpen, setIsOpen] = useState(false);
  const listId = useId();
  const title = (id: string) => itemTitle(t, index, id, language);
  // The index is built at the first keystroke, not while the dataset loads.
  const options =
    query.trim() === '' ? [] : optionsOf(datasetSearch(index)(query), title, t, language);
  const showList = isOpen && query.trim() !== '';
  const activeOption = options[Math.min(active, options.length - 1)];

  const choose = (option: Option | undefined) => {
    if (option === undefined) return;
    select(option.id);
    centreOn(option.id);
    if (option.excerptNumber !== undefined) openReader(option.excerptNumber);
    setIsOpen(false);
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={
          showList && activeOption !== undefined ? `${listId}-${activeOption.key}` : undefined
        }
        value={query}
        onChange={(event) => {
          setSearch(event.target.value);
          setActive(0);
          setIsOpen(true);
        }}
        onFocus={() => setIsOpen(true)}
        onBlur={() => setIsOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setIsOpen(true);
            setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(activeOption);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setSearch('');
            setIsOpen(false);
          }
        }}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-label={t('search.results')} className="search-results">
          {options.length === 0 && <li className="search-empty">{t('search.none')}</li>}
          {options.map((option, i) => (
            <li
              key={option.key}
              id={`${listId}-${option.key}`}
              role="option"
              aria-selected={option === activeOption}
              className={
                i > 0 && options[i - 1]!.group !== option.group
                  ? 'search-option group-start'
                  : 'search-option'
              }
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
            >
              {(i === 0 || options[i - 1]!.group !== option.group) && (
                <span className="search-group" aria-hidden="true">
                  {option.group === 'names' ? t('search.names') : t('search.excerpts')}
                </span>
              )}
              <span className="search-primary">{option.primary}</span>
              {option.secondary !== '' && (
                <span className="search-secondary" lang={option.lang}>
                  {option.secondary}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
