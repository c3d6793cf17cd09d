import { hasSourceAtLeast, type ReliabilityThreshold } from '../evidence/sourceGrade.ts';
import type { Entity, Relation } from '../dataset/datasetSchema.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';
import { keptResults } from '../view/keptResults.ts';
import { FOCUS_FIELDS, VISIBILITY_FIELDS, type ViewState } from '../view/viewState.ts';
import { overlapsRange } from './dateRange.ts';
import { relationInPeriod } from './relationInPeriod.ts';

/** What the graph shows for a view: ids of entities and relations, some of them dimmed. */
export interface VisibleGraph {
  readonly entities: ReadonlySet<string>;
  readonly relations: ReadonlySet<string>;
  /** Shown, but stepped back: outside the focus when the focus dims rather than hides. */
  readonly dimmed: ReadonlySet<string>;
}

// The view's fields a filter reads. Recent results are kept by these fields' values,
// so the type and the key come from the same list.
type FilterView = Pick<ViewState, (typeof VISIBILITY_FIELDS)[number]>;

// Without a focus, its depth, outside and expanded change nothing.
const AFFECTS_ONLY_A_FOCUS: ReadonlySet<string> = new Set(
  FOCUS_FIELDS.filter((field) => field !== 'focus'),
);

const citesAny = (item: Entity | Relation, articles: readonly string[]) =>
  item.evidence.some((e) => articles.includes(e.article)) ||
  (item.citations ?? []).some((c) => articles.includes(c.article));

/** Whether an item rests on an article graded at least this reliable (sourceGrade.ts). */
const gradedEnough = (
  index: DatasetIndex,
  item: Entity | Relation,
  atLeast: ReliabilityThreshold,
) => hasSourceAtLeast(item, (id) => index.articleById.get(id)?.reliability, atLeast);

function entityPasses(index: DatasetIndex, view: FilterView, entity: Entity): boolean {
  const lens = view.lens === null ? undefined : index.lensById.get(view.lens);
  if (lens?.entities !== undefined && !lens.entities.includes(entity.id)) return false;
  if (lens?.entityKinds !== undefined && !lens.entityKinds.includes(entity.kind)) return false;
  if (view.entityKinds !== null && !view.entityKinds.includes(entity.kind)) return false;
  if (view.articles !== null && !citesAny(entity, view.articles)) return false;
  if (view.excerptsOnly && entity.evidence.length === 0) return false;
  if (view.reliability !== null && !gradedEnough(index, entity, view.reliability)) return false;
  const hasRange = view.from !== null || view.to !== null;
  if (
    hasRange &&
    entity.kind === 'meeting' &&
    !overlapsRange(entity.date, null, view.from, view.to)
  ) {
    return false;
  }
  return true;
}

function relationPasses(index: DatasetIndex, view: FilterView, relation: Relation): boolean {
  const lens = view.lens === null ? undefined : index.lensById.get(view.lens);
  const { stance, quadClass } = classifyRelation(relation);
  if (lens?.relationKinds !== undefined && !lens.relationKinds.includes(relation.kind))
    return false;
  if (lens?.stances !== undefined && !lens.stances.includes(stance)) return false;
  if (view.stances !== null && !view.stances.includes(stance)) return false;
  if (view.relationKinds !== null && !view.relationKinds.includes(relation.kind)) return false;
  if (view.quadClasses !== null && !view.quadClasses.includes(quadClass ?? 'none')) return false;
  if (view.articles !== null && !citesAny(relation, view.articles)) return false;
  if (view.excerptsOnly && relation.evidence.length === 0) return false;
  if (view.reliability !== null && !gradedEnough(index, relation, view.reliability)) return false;
  const hasRange = view.from !== null || view.to !== null;
  if (hasRange && !relationInPeriod(index, relation, view.from, view.to)) return false;
  return true;
}

/** Entities reachable from the starts within `depth` steps over the given relations. */
function reach(
  index: DatasetIndex,
  starts: Iterable<string>,
  depth: number,
  relations: ReadonlySet<string>,
): Set<string> {
  const reached = new Set(starts);
  let frontier = [...reached];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of index.relationsByEntity.get(id) ?? []) {
        if (!relations.has(r.id)) continue;
        const other = r.source === id ? r.target : r.source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

function relationsWithin(
  index: DatasetIndex,
  entities: ReadonlySet<string>,
  among: ReadonlySet<string>,
) {
  const kept = new Set<string>();
  for (const id of among) {
    const r = index.relationById.get(id);
    if (r !== undefined && entities.has(r.source) && entities.has(r.target)) kept.add(id);
  }
  return kept;
}

/**
 * Applies a view's lens, filters and focus to a dataset. Conditions combine: an
 * entity shows when every filter lets it through; a relation when it passes and both
 * its ends show. A period keeps meetings dated in it and relations as
 * relationInPeriod places them (a participation by its meeting's date). Pure and
 * deterministic, so a shared link gives the same graph.
 * @example filterGraph(index, { ...DEFAULT_VIEW, entityKinds: ['state'] }).entities
 * // Set { 'russia', 'north-korea', 'united-states' }
 */
export const filterGraph: (index: DatasetIndex, view: FilterView) => VisibleGraph = keptResults(
  // A first load filters the same view up to three times over, in one render: what is
  // shown, the overview's whole placing (the default view), the timeline (the view
  // without its dates); at 20,000 entities each took ~17 ms. Two results cover that
  // (the shown view and the default one), and each holds sets of every id shown, so
  // no more are kept: the store keeps the shown view's result apart (visibleGraphOf),
  // and the facet counts' filters, once per facet, pass through. A result is a pure
  // function of the dataset and these fields, and its readers cannot change it
  // (readonly, ReadonlySet). Without a focus, its other fields are left out of the key.
  (view: FilterView) =>
    JSON.stringify(
      VISIBILITY_FIELDS.map((field) =>
        view.focus === null && AFFECTS_ONLY_A_FOCUS.has(field) ? null : view[field],
      ),
    ),
  filterGraphAnew,
  2,
);

function filterGraphAnew(index: DatasetIndex, view: FilterView): VisibleGraph {
  let entities = new Set<string>();
  for (const entity of index.dataset.entities) {
    if (entityPasses(index, view, entity)) entities.add(entity.id);
  }
  let relations = new Set<string>();
  for (const relation of index.dataset.relations) {
    if (
      entities.has(relation.source) &&
      entities.has(relation.target) &&
      relationPasses(index, view, relation)
    ) {
      relations.add(relation.id);
    }
  }

  if (view.connectedTo !== null) {
    entities = entities.has(view.connectedTo)
      ? reach(index, [view.connectedTo], Infinity, relations)
      : new Set();
    relations = relationsWithin(index, entities, relations);
  }

  if (view.hideIsolated) {
    const linked = new Set<string>();
    for (const id of relations) {
      const r = index.relationById.get(id)!;
      linked.add(r.source).add(r.target);
    }
    entities = linked;
  }

  const dimmed = new Set<string>();
  if (view.focus !== null && entities.has(view.focus)) {
    const inFocus = reach(index, [view.focus], view.depth, relations);
    for (const id of view.expanded) {
      if (entities.has(id)) for (const near of reach(index, [id], 1, relations)) inFocus.add(near);
    }
    const focusedRelations = relationsWithin(index, inFocus, relations);
    if (view.outside === 'hide') {
      entities = inFocus;
      relations = focusedRelations;
    } else {
      for (const id of entities) if (!inFocus.has(id)) dimmed.add(id);
      for (const id of relations) if (!focusedRelations.has(id)) dimmed.add(id);
    }
  }
  return { entities, relations, dimmed };
}
