import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_KINDS } from '../../domain/dataset/datasetVocabulary.ts';
import { hasDates, isBackwardRange } from '../../domain/graph/dateRange.ts';
import { articleTitle } from '../../domain/articles/articleTitle.ts';
import { RELATION_KIND_IDS, STANCES } from '../../domain/relations/relationKinds.ts';
import { isolateBidi } from '../../domain/text/isolateBidi.ts';
import {
  FILTER_FIELDS,
  LAYOUTS,
  QUAD_FILTERS,
  type LayoutName,
} from '../../domain/view/viewState.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { EntityPicker } from '../../components/EntityPicker.tsx';
import { useEntityLookup } from '../../dataset/useEntityLookup.ts';
import { useViewFields } from '../../store/useViewFields.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useFacetCounts } from '../../store/useVisibleGraph.ts';
import { DateInput } from './DateInput.tsx';
import { ExcerptsOnlyFilter } from './ExcerptsOnlyFilter.tsx';
import { ReliabilityFilter } from './ReliabilityFilter.tsx';
import { FacetGroup } from './FacetGroup.tsx';

/** Every entity may be what the rest connects to, drawn or not. */
const offerAll = () => true;

/** What the panel shows of the view: it re-renders when these change, not on a selection. */
const PANEL_FIELDS = [...FILTER_FIELDS, 'layout'] as const;

/**
 * Filters that combine, each option with how many entities or relations it keeps.
 * Memoised, with no props: the explorer re-renders on every change of the view, the
 * panel only when what it shows does.
 */
export const FiltersPanel = memo(function FiltersPanel() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const view = useViewFields(PANEL_FIELDS);
  const actions = useViewStore.getState();
  const counts = useFacetCounts();
  const lookup = useEntityLookup();
  const connectedToRef = useRef<HTMLInputElement>(null);
  const { dataset } = index;
  // Depends on the dataset only, not on every change of the view.
  const dated = useMemo(
    () =>
      hasDates([
        ...dataset.relations.flatMap((r) => [r.start, r.end]),
        ...dataset.entities.map((e) => (e.kind === 'meeting' ? e.date : null)),
      ]),
    [dataset],
  );
  // Per dataset and language, not per filter change: a large dataset has a thousand
  // articles, and translating their labels cost ~50 ms of each filter's frame.
  const articleLabels = useMemo(
    () =>
      dataset.articles.map((article) => ({
        id: article.id,
        label:
          article.publisher === null
            ? t('filters.articlePublisherUnknown', {
                title: isolateBidi(articleTitle(article).text),
              })
            : t('filters.articleByPublisher', {
                title: isolateBidi(articleTitle(article).text),
                publisher: isolateBidi(article.publisher),
              }),
      })),
    [dataset, t],
  );
  const articleIds = dataset.articles.map((a) => a.id);
  // A range that ends before it begins would show nothing, and a link could not carry it.
  const commitRange = (from: string | null, to: string | null) => {
    if (isBackwardRange(from, to)) {
      actions.addNotice({
        id: 'date-range',
        text: { key: 'filters.backwardRange', values: { from: from ?? '', to: to ?? '' } },
      });
      return;
    }
    actions.dismissNotice('date-range');
    actions.setView({ from, to });
  };

  const entityCount = (count: number) => t('status.entities', { count });
  const relationCount = (count: number) => t('status.relations', { count });
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="filters-head">
        <h2 id="filters-heading">{t('filters.heading')}</h2>
        <button type="button" className="small-button" onClick={actions.clearFilters}>
          {t('filters.clear')}
        </button>
      </div>
      <FacetGroup
        legend={t('filters.entityKinds')}
        countLabel={entityCount}
        options={ENTITY_KINDS.map((kind) => ({
          value: kind,
          label: t(`terms.entityKind.${kind}`, { count: 1 }),
          count: counts === null ? null : (counts.entityKinds.get(kind) ?? 0),
        }))}
        selected={view.entityKinds}
        onToggle={actions.toggleEntityKind}
      />
      <FacetGroup
        legend={t('filters.stance')}
        countLabel={relationCount}
        options={STANCES.map((stance) => ({
          value: stance,
          label: t(`terms.stance.${stance}`),
          count: counts === null ? null : (counts.stances.get(stance) ?? 0),
        }))}
        selected={view.stances}
        onToggle={actions.toggleStance}
      />
      <FacetGroup
        legend={t('filters.quadClass')}
        countLabel={relationCount}
        options={QUAD_FILTERS.map((quad) => ({
          value: quad,
          label: quad === 'none' ? t('filters.quadNone') : t(`terms.quadClass.${quad}`),
          count: counts === null ? null : (counts.quadClasses.get(quad) ?? 0),
        }))}
        selected={view.quadClasses}
        onToggle={actions.toggleQuadClass}
      />
      <FacetGroup
        legend={t('filters.relationKinds')}
        countLabel={relationCount}
        options={RELATION_KIND_IDS.map((kind) => ({
          value: kind,
          label: t(`terms.relationKind.${kind}`),
          count: counts === null ? null : (counts.relationKinds.get(kind) ?? 0),
        }))}
        selected={view.relationKinds}
        onToggle={actions.toggleRelationKind}
      />
      <FacetGroup
        legend={t('filters.articles')}
        countLabel={(count) => t('filters.items', { count })}
        options={articleLabels.map(({ id, label }) => ({
          value: id,
          label,
          count: counts === null ? null : (counts.articles.get(id) ?? 0),
        }))}
        selected={view.articles}
        onToggle={(id) => actions.toggleArticle(id, articleIds)}
      />
      <fieldset className="facet-group">
        <legend>{t('filters.dates')}</legend>
        {dated || view.from !== null || view.to !== null ? (
          <div className="date-range">
            <DateInput
              label={t('filters.from')}
              value={view.from}
              onCommit={(from) => commitRange(from, view.to)}
            />
            <DateInput
              label={t('filters.to')}
              value={view.to}
              onCommit={(to) => commitRange(view.from, to)}
            />
          </div>
        ) : (
          <p className="unknown">{t('filters.noDates')}</p>
        )}
      </fieldset>
      <fieldset className="facet-group">
        <legend>{t('filters.connections')}</legend>
        <label className="facet">
          <input
            type="checkbox"
            checked={view.hideIsolated}
            onChange={() => actions.setView({ hideIsolated: !view.hideIsolated })}
          />
          <span className="facet-label">{t('filters.hideIsolated')}</span>
        </label>
        {/* A picker, not a list of every entity: 20,000 options were 20,000 elements
            that every style recalculation of the page went through. */}
        <div className="connected-to">
          <EntityPicker
            {...lookup}
            label={t('filters.connectedTo')}
            value={view.connectedTo}
            exclude={null}
            isShown={offerAll}
            onChoose={(id) => actions.setView({ connectedTo: id })}
            inputRef={connectedToRef}
          />
          {view.connectedTo !== null && (
            <button
              type="button"
              className="small-button"
              aria-label={t('filters.clearConnectedTo')}
              onClick={() => {
                actions.setView({ connectedTo: null });
                // The button goes with the filter: the keyboard stays on the picker.
                connectedToRef.current?.focus();
              }}
            >
              {t('filters.anyEntity')}
            </button>
          )}
        </div>
      </fieldset>
      <ExcerptsOnlyFilter />
      <ReliabilityFilter />
      <fieldset className="facet-group">
        <legend>{t('filters.display')}</legend>
        <label className="select-row">
          {t('filters.layout')}{' '}
          <select
            value={view.layout}
            onChange={(event) =>
              actions.setView({ layout: event.target.value as LayoutName, viewport: null })
            }
          >
            {LAYOUTS.map((layout) => (
              <option key={layout} value={layout}>
                {t(`terms.layout.${layout}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </section>
  );
});
