import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../store/useViewStore.ts';
import { useRolledUp } from '../../store/useVisibleGraph.ts';
import './rollup.css';

/** The switch that draws officials as their states and blocs, and what it leaves out. */
export function RollUpToggle() {
  const { t } = useTranslation();
  const isOn = useViewStore((s) => s.view.rollup);
  const setRollUp = useViewStore((s) => s.setRollUp);
  const rolled = useRolledUp();
  const hintId = useId();
  return (
    <div className="rollup-toggle">
      <label>
        <input
          type="checkbox"
          checked={isOn}
          aria-describedby={hintId}
          onChange={(event) => setRollUp(event.target.checked)}
        />{' '}
        {t('rollup.toggle')}
      </label>
      <p id={hintId} className="rollup-hint">
        {t('rollup.hint')}
      </p>
      {rolled !== null && rolled.withinOne.length > 0 && (
        <p className="rollup-note" role="note">
          {t('rollup.withinOne', { count: rolled.withinOne.length })}
        </p>
      )}
      {rolled !== null && rolled.cutTies > 0 && (
        <p className="rollup-note" role="note">
          {t('rollup.cut', { count: rolled.cutTies })}
        </p>
      )}
      {rolled !== null && rolled.unattributed.length > 0 && (
        <p className="rollup-note" role="note">
          {t('rollup.unattributed', { count: rolled.unattributed.length })}
        </p>
      )}
    </div>
  );
}
