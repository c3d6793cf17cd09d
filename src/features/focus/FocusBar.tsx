import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useVisibleGraph } from '../../store/useVisibleGraph.ts';

/** Shown while a neighbourhood is in focus: its depth, what happens outside it, and the way back. */
export function FocusBar() {
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const view = useViewStore((s) => s.view);
  const { setView, clearFocus } = useViewStore.getState();
  const focus = view.focus === null ? undefined : index.entityById.get(view.focus);
  const visible = useVisibleGraph();
  if (focus === undefined) return null;
  const expanded = view.expanded
    .map((id) => index.entityById.get(id))
    .filter((e) => e !== undefined)
    .map((e) => pickText(e.name, language));

  return (
    <div className="focus-bar" role="group" aria-label="Focus">
      <span>
        Focus on{' '}
        <strong>
          <bdi>{pickText(focus.name, language)}</bdi>
        </strong>
        {expanded.length > 0 && (
          <>
            {' '}
            + neighbours of{' '}
            {expanded.map((name, i) => (
              <span key={i}>
                {i > 0 && ', '}
                <bdi>{name}</bdi>
              </span>
            ))}
          </>
        )}
        {!visible.entities.has(focus.id) && (
          <span className="unknown">
            {' '}
            — hidden by the lens or filters, so the focus does not apply
          </span>
        )}
      </span>
      <label>
        Depth{' '}
        <select
          value={view.depth}
          onChange={(event) => setView({ depth: Number(event.target.value) as 1 | 2 | 3 })}
        >
          <option value={1}>1 step</option>
          <option value={2}>2 steps</option>
          <option value={3}>3 steps</option>
        </select>
      </label>
      <label>
        Outside{' '}
        <select
          value={view.outside}
          onChange={(event) => setView({ outside: event.target.value as 'dim' | 'hide' })}
        >
          <option value="dim">dimmed</option>
          <option value="hide">hidden</option>
        </select>
      </label>
      <button type="button" className="small-button" onClick={clearFocus}>
        Show whole graph
      </button>
    </div>
  );
}
