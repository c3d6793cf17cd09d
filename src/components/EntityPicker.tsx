import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import './entityPicker.css';

interface EntityPickerProps {
  label: string;
  value: string | null;
  /** The entities whose names match what was typed, best first (the search box's search). */
  search: (query: string) => readonly string[];
  /** An entity's name in the names' language. */
  nameOf: (id: string) => string;
  /** An entity not offered (the other end of the path). */
  exclude: string | null;
  /** Whether an entity is drawn; the others are offered, marked hidden. */
  isShown: (id: string) => boolean;
  onChoose: (id: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Chooses an entity by name, as the search box does: Turkish-aware and typo-tolerant
 * over names, aliases and offices. Arrows move, Enter chooses, Escape puts back the
 * entity chosen before. Offers only what matches, so a dataset of 20,000 entities
 * costs no more than one of ten (the paths' ends, the "connects to" filter).
 */
export function EntityPicker({
  label,
  value,
  search,
  nameOf,
  exclude,
  isShown,
  onChoose,
  inputRef,
}: EntityPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  // What the analyst is typing; null shows the chosen entity's name.
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const query = typed ?? '';
  const options =
    query.trim() === '' ? [] : search(query).filter((entityId) => entityId !== exclude);
  const activeId = options[Math.min(active, options.length - 1)];
  const isOpen = typed !== null && query.trim() !== '';

  const choose = (entityId: string | undefined) => {
    if (entityId === undefined) return;
    setTyped(null);
    onChoose(entityId);
  };

  return (
    <div className="entity-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        placeholder={t('paths.placeholder')}
        autoComplete="off"
        spellCheck={false}
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isOpen && activeId !== undefined ? `${id}-${activeId}` : undefined}
        value={typed ?? (value === null ? '' : nameOf(value))}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onBlur={() => setTyped(null)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter' && isOpen) {
            event.preventDefault();
            choose(activeId);
          } else if (event.key === 'Escape' && typed !== null) {
            event.preventDefault();
            setTyped(null);
          }
        }}
      />
      {isOpen && (
        <ul id={listId} role="listbox" aria-label={t('paths.results')} className="picker-results">
          {options.length === 0 && <li className="picker-empty">{t('paths.noMatches')}</li>}
          {options.map((entityId) => (
            <li
              key={entityId}
              id={`${id}-${entityId}`}
              role="option"
              aria-selected={entityId === activeId}
              className="picker-option"
              onMouseDown={(event) => {
                event.preventDefault();
                choose(entityId);
              }}
            >
              <bdi>{nameOf(entityId)}</bdi>
              {!isShown(entityId) && (
                <span className="picker-hidden"> — {t('paths.hiddenOption')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
