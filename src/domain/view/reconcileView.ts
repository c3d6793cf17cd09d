import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { parseTieId } from '../graph/rollUp.ts';
import type { IgnoredParam } from './viewCodec.ts';
import type { ViewState } from './viewState.ts';

/**
 * Drops from a view what the dataset does not have — a lens, an entity, a relation
 * or an article id — and says what was dropped. What is left always renders.
 * @example reconcileView({ ...DEFAULT_VIEW, selected: 'atlantis' }, index).ignored
 * // [{ param: 'sel', value: 'atlantis', reason: { code: 'no-such-item' } }]
 */
export function reconcileView(
  view: ViewState,
  index: DatasetIndex,
): { view: ViewState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const isEntity = (id: string) => index.entityById.has(id);
  const keepEntity = (param: string, id: string | null): string | null => {
    if (id === null || isEntity(id)) return id;
    ignored.push({ param, value: id, reason: { code: 'no-such-entity' } });
    return null;
  };
  const next: ViewState = { ...view };

  if (view.lens !== null && !index.lensById.has(view.lens)) {
    ignored.push({ param: 'lens', value: view.lens, reason: { code: 'no-such-lens' } });
    next.lens = null;
  }
  if (view.articles !== null) {
    const known = view.articles.filter((id) => {
      const has = index.articleById.has(id);
      if (!has) ignored.push({ param: 'articles', value: id, reason: { code: 'no-such-article' } });
      return has;
    });
    // Dropping every article named must not leave a filter that lets nothing through.
    next.articles = known.length === 0 && view.articles.length > 0 ? null : known;
  }
  next.connectedTo = keepEntity('conn', view.connectedTo);
  next.focus = keepEntity('focus', view.focus);
  next.expanded = view.expanded.filter((id) => keepEntity('expand', id) !== null);
  if (view.path !== null) {
    // Both ends are checked, so the notice names every unknown one.
    const ends = [keepEntity('path', view.path.from), keepEntity('path', view.path.to)];
    if (ends.includes(null)) next.path = null;
  }
  next.pins = view.pins.filter((pin) => keepEntity('pins', pin.id) !== null);
  // A rolled-up tie is derived: it can be named while both its ends exist.
  const tie = view.selected === null ? null : parseTieId(view.selected);
  const isTie = tie !== null && isEntity(tie.source) && isEntity(tie.target);
  if (
    view.selected !== null &&
    !isTie &&
    !isEntity(view.selected) &&
    !index.relationById.has(view.selected)
  ) {
    ignored.push({
      param: 'sel',
      value: view.selected,
      reason: { code: 'no-such-item' },
    });
    next.selected = null;
  }
  if (next.reading !== null) {
    const owner =
      next.selected === null
        ? undefined
        : (index.entityById.get(next.selected) ?? index.relationById.get(next.selected));
    if (owner === undefined || next.reading > owner.evidence.length) {
      ignored.push({
        param: 'read',
        value: String(next.reading),
        reason: { code: 'no-such-excerpt' },
      });
      next.reading = null;
    }
  }
  return { view: next, ignored };
}
