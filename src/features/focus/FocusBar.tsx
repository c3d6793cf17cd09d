import { Trans, useTranslation } from 'react-i18next';
import { isolateBidi } from '../../domain/text/isolateBidi.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useVisibleGraph } from '../../store/useVisibleGraph.ts';

const DEPTHS = [1, 2, 3] as const;

/** Shown while a neighbourhood is in focus: its depth, what happens outside it, and the way back. */
export function FocusBar() {
  const { t } = useTranslation();
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
    <div className="focus-bar" role="group" aria-label={t('focus.group')}>
      <span>
        <Trans
          i18nKey="focus.focusOn"
          values={{ name: pickText(focus.name, language) }}
          components={{ strong: <strong />, bdi: <bdi /> }}
        />
        {expanded.length > 0 &&
          ` ${t('focus.neighboursOf', { names: expanded.map(isolateBidi).join(', ') })}`}
        {!visible.entities.has(focus.id) && (
          <span className="unknown"> {t('focus.notApplied')}</span>
        )}
      </span>
      <label>
        {t('focus.depth')}{' '}
        <select
          value={view.depth}
          onChange={(event) => setView({ depth: Number(event.target.value) as 1 | 2 | 3 })}
        >
          {DEPTHS.map((depth) => (
            <option key={depth} value={depth}>
              {t('focus.steps', { count: depth })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('focus.outside')}{' '}
        <select
          value={view.outside}
          onChange={(event) => setView({ outside: event.target.value as 'dim' | 'hide' })}
        >
          <option value="dim">{t('focus.dim')}</option>
          <option value="hide">{t('focus.hide')}</option>
        </select>
      </label>
      <button type="button" className="small-button" onClick={clearFocus}>
        {t('focus.showWholeGraph')}
      </button>
    </div>
  );
}
