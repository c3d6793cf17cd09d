import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_KINDS, type EntityKind } from '../../domain/dataset/datasetVocabulary.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { ENTITY_LOOKS } from '../../graph-view/graphPalette.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useVisibleGraph } from '../../store/useVisibleGraph.ts';
import { formatNumber } from '../../domain/text/intlFormats.ts';

// Thousands of buttons cost seconds to render on every change; a long kind shows
// its first names (search finds the others) until asked for all.
const LIST_LIMIT = 150;

/** The entities the graph shows, by kind, each selectable by keyboard: the graph without the canvas. */
export function EntityList() {
  const { t } = useTranslation();
  const { dataset } = useDatasetIndex();
  const visible = useVisibleGraph();
  const language = useNameLanguage();
  const selectedId = useViewStore((s) => s.view.selected);
  const select = useViewStore((s) => s.select);
  const [expanded, setExpanded] = useState<ReadonlySet<EntityKind>>(new Set());
  // Sorted once per dataset and language (20,000 names take ~30 ms to sort), then
  // filtered, in that order, per filter state; not recomputed on a selection.
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(language);
    return ENTITY_KINDS.map((kind) => ({
      kind,
      entities: dataset.entities
        .filter((e) => e.kind === kind)
        .map((e) => ({ id: e.id, name: pickText(e.name, language) }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    }));
  }, [dataset, language]);
  const byKind = useMemo(
    () =>
      sorted.map(({ kind, entities }) => ({
        kind,
        entities: entities
          .filter((e) => visible.entities.has(e.id))
          .map((e) => ({ ...e, isDimmed: visible.dimmed.has(e.id) })),
      })),
    [sorted, visible],
  );

  return (
    <nav className="entity-list" aria-label={t('entityList.heading')}>
      <h2>{t('entityList.heading')}</h2>
      {visible.entities.size === 0 && <p className="unknown">{t('entityList.nothing')}</p>}
      {byKind.map(({ kind, entities }) => {
        if (entities.length === 0) return null;
        const isCut = entities.length > LIST_LIMIT && !expanded.has(kind);
        const listed = isCut ? entities.slice(0, LIST_LIMIT) : entities;
        const kindName = t(`terms.entityKind.${kind}`, { count: entities.length });
        return (
          <section key={kind} aria-labelledby={`entity-kind-${kind}`}>
            <h3 id={`entity-kind-${kind}`}>
              <span
                className="kind-swatch"
                style={{ background: ENTITY_LOOKS[kind].fill }}
                aria-hidden="true"
              />
              {t(`terms.entityKind.${kind}`, { count: 2 })}{' '}
              <span className="count">({formatNumber(language, entities.length)})</span>
            </h3>
            <ul>
              {listed.map(({ id, name, isDimmed }) => (
                <li key={id}>
                  <button
                    type="button"
                    className={isDimmed ? 'dimmed' : undefined}
                    aria-current={selectedId === id ? 'true' : undefined}
                    onClick={() => select(id)}
                  >
                    {name}
                  </button>
                </li>
              ))}
            </ul>
            {isCut && (
              <button
                type="button"
                className="link-button"
                onClick={() => setExpanded(new Set([...expanded, kind]))}
              >
                {t('entityList.showAll', {
                  count: entities.length,
                  kind: kindName.toLocaleLowerCase(language),
                })}
              </button>
            )}
          </section>
        );
      })}
    </nav>
  );
}
