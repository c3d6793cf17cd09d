import { useMemo } from 'react';
import { STANCE_LABELS } from '../../domain/relations/relationKinds.ts';
import { ENTITY_KIND_LABELS } from '../../domain/dataset/entityKindLabels.ts';
import { ENTITY_KINDS } from '../../domain/dataset/datasetSchema.ts';
import { hasDates, isBackwardRange } from '../../domain/graph/dateRange.ts';
import { articleTitle } from '../../domain/articles/articleTitle.ts';
import {
  RELATION_KINDS,
  RELATION_KIND_IDS,
  STANCES,
} from '../../domain/relations/relationKinds.ts';
import { isolateBidi } from '../../domain/text/isolateBidi.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { QUAD_CLASS_LABELS } from '../../domain/relations/quadClass.ts';
import {
  LAYOUTS,
  QUAD_FILTERS,
  type LayoutName,
  type QuadFilter,
} from '../../domain/view/viewState.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useFacetCounts } from '../../store/useVisibleGraph.ts';
import { DateInput } from './DateInput.tsx';
import { FacetGroup } from './FacetGroup.tsx';

const QUAD_LABELS: Record<QuadFilter, string> = {
  ...QUAD_CLASS_LABELS,
  none: 'None (structural or not coded)',
};

const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed',
  circle: 'Circle',
  concentric: 'Concentric (by degree)',
};

/** Filters that combine, each option with how many entities or relations it keeps. */
export function FiltersPanel() {
  const index = useDatasetIndex();
  const view = useViewStore((s) => s.view);
  const actions = useViewStore.getState();
  const language = useNameLanguage();
  const counts = useFacetCounts();
  const { dataset } = index;
  // Both depend on the dataset (and language) only, not on every change of the view.
  const dated = useMemo(
    () =>
      hasDates([
        ...dataset.relations.flatMap((r) => [r.start, r.end]),
        ...dataset.entities.map((e) => (e.kind === 'meeting' ? e.date : null)),
      ]),
    [dataset],
  );
  // The same option elements on every render, so React skips them: a large dataset
  // has thousands, and the panel re-renders on every pan and keystroke.
  const entityOptions = useMemo(() => {
    const collator = new Intl.Collator(language);
    return dataset.entities
      .map((entity) => ({ id: entity.id, name: pickText(entity.name, language) }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ id, name }) => (
        <option key={id} value={id}>
          {name}
        </option>
      ));
  }, [dataset, language]);
  const articleIds = dataset.articles.map((a) => a.id);
  // A range that ends before it begins would show nothing, and a link could not carry it.
  const commitRange = (from: string | null, to: string | null) => {
    if (isBackwardRange(from, to)) {
      actions.addNotice({
        id: 'date-range',
        text: `The date range ${from ?? ''} – ${to ?? ''} ends before it begins; it was not applied.`,
      });
      return;
    }
    actions.dismissNotice('date-range');
    actions.setView({ from, to });
  };

  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="filters-head">
        <h2 id="filters-heading">Filters</h2>
        <button type="button" className="small-button" onClick={actions.clearFilters}>
          Clear filters
        </button>
      </div>
      <FacetGroup
        legend="Entity kinds"
        unit="entities"
        options={ENTITY_KINDS.map((kind) => ({
          value: kind,
          label: ENTITY_KIND_LABELS[kind].one,
          count: counts.entityKinds.get(kind) ?? 0,
        }))}
        selected={view.entityKinds}
        onToggle={actions.toggleEntityKind}
      />
      <FacetGroup
        legend="Stance"
        unit="relations"
        options={STANCES.map((stance) => ({
          value: stance,
          label: STANCE_LABELS[stance],
          count: counts.stances.get(stance) ?? 0,
        }))}
        selected={view.stances}
        onToggle={actions.toggleStance}
      />
      <FacetGroup
        legend="QuadClass"
        unit="relations"
        options={QUAD_FILTERS.map((quad) => ({
          value: quad,
          label: QUAD_LABELS[quad],
          count: counts.quadClasses.get(quad) ?? 0,
        }))}
        selected={view.quadClasses}
        onToggle={actions.toggleQuadClass}
      />
      <FacetGroup
        legend="Relation kinds"
        unit="relations"
        options={RELATION_KIND_IDS.map((kind) => ({
          value: kind,
          label: RELATION_KINDS[kind].label,
          count: counts.relationKinds.get(kind) ?? 0,
        }))}
        selected={view.relationKinds}
        onToggle={actions.toggleRelationKind}
      />
      <FacetGroup
        legend="Source articles"
        unit="entities and relations"
        options={dataset.articles.map((article) => ({
          value: article.id,
          label: `${isolateBidi(articleTitle(article).text)}${article.publisher === null ? ' (publisher unknown)' : ` — ${isolateBidi(article.publisher)}`}`,
          count: counts.articles.get(article.id) ?? 0,
        }))}
        selected={view.articles}
        onToggle={(id) => actions.toggleArticle(id, articleIds)}
      />
      <fieldset className="facet-group">
        <legend>Dates</legend>
        {dated || view.from !== null || view.to !== null ? (
          <div className="date-range">
            <DateInput
              label="From"
              value={view.from}
              onCommit={(from) => commitRange(from, view.to)}
            />
            <DateInput label="To" value={view.to} onCommit={(to) => commitRange(view.from, to)} />
          </div>
        ) : (
          <p className="unknown">This dataset has no dated meetings or relations.</p>
        )}
      </fieldset>
      <fieldset className="facet-group">
        <legend>Connections</legend>
        <label className="facet">
          <input
            type="checkbox"
            checked={view.hideIsolated}
            onChange={() => actions.setView({ hideIsolated: !view.hideIsolated })}
          />
          <span className="facet-label">Hide entities without relations</span>
        </label>
        <label className="select-row">
          Only what connects to{' '}
          <select
            value={view.connectedTo ?? ''}
            onChange={(event) =>
              actions.setView({
                connectedTo: event.target.value === '' ? null : event.target.value,
              })
            }
          >
            <option value="">(any entity)</option>
            {entityOptions}
          </select>
        </label>
      </fieldset>
      <fieldset className="facet-group">
        <legend>Display</legend>
        <label className="select-row">
          Layout{' '}
          <select
            value={view.layout}
            onChange={(event) =>
              actions.setView({ layout: event.target.value as LayoutName, viewport: null })
            }
          >
            {LAYOUTS.map((layout) => (
              <option key={layout} value={layout}>
                {LAYOUT_LABELS[layout]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </section>
  );
}
