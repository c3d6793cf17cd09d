import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decodePeriods } from '../../domain/view/viewCodec.ts';
import { MAX_COMPARE_THRESHOLD, type CompareQuery } from '../../domain/view/viewState.ts';
import { useViewStore } from '../../store/useViewStore.ts';

type Ends = [from: string, to: string];

/**
 * Periods A and B typed as dates or taken from the timeline's brush, and the count
 * threshold; Compare puts them in the view (so in the link). What cannot be read is
 * said, and the comparison shown stays as it was.
 */
export function CompareForm({ compare }: { compare: CompareQuery | null }) {
  const { t } = useTranslation();
  const setView = useViewStore((s) => s.setView);
  const from = useViewStore((s) => s.view.from);
  const to = useViewStore((s) => s.view.to);
  const [a, setA] = useState<Ends>(compare === null ? ['', ''] : [compare.a.from, compare.a.to]);
  const [b, setB] = useState<Ends>(compare === null ? ['', ''] : [compare.b.from, compare.b.to]);
  const [threshold, setThreshold] = useState(String(compare?.threshold ?? 0));
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();

  const takeTimeline = (set: (ends: Ends) => void) => {
    if (from === null && to === null) {
      setProblem(t('compare.noTimelinePeriod'));
      return;
    }
    setProblem(null);
    set([from ?? to ?? '', to ?? from ?? '']);
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const periods = decodePeriods(`${a[0]}..${a[1] || a[0]},${b[0]}..${b[1] || b[0]}`);
    const count = /^\d{1,3}$/.test(threshold.trim()) ? Number(threshold.trim()) : NaN;
    if (periods === null || !(count <= MAX_COMPARE_THRESHOLD)) {
      setProblem(t('compare.invalid'));
      return;
    }
    setProblem(null);
    setView({ compare: { ...periods, threshold: count } });
  };

  const period = (name: 'A' | 'B', ends: Ends, set: (ends: Ends) => void) => (
    <fieldset className="compare-period">
      <legend>{t(name === 'A' ? 'compare.periodA' : 'compare.periodB')}</legend>
      <label>
        {t('compare.from')}{' '}
        <input
          value={ends[0]}
          placeholder={t('compare.datePlaceholder')}
          size={10}
          aria-describedby={problem === null ? undefined : problemId}
          onChange={(event) => set([event.target.value.trim(), ends[1]])}
        />
      </label>{' '}
      <label>
        {t('compare.to')}{' '}
        <input
          value={ends[1]}
          placeholder={t('compare.datePlaceholder')}
          size={10}
          aria-describedby={problem === null ? undefined : problemId}
          onChange={(event) => set([ends[0], event.target.value.trim()])}
        />
      </label>{' '}
      <button type="button" className="small-button" onClick={() => takeTimeline(set)}>
        {t('compare.useTimeline')}
      </button>
    </fieldset>
  );

  return (
    <form className="compare-form" onSubmit={submit} noValidate>
      {period('A', a, setA)}
      {period('B', b, setB)}
      <label className="compare-threshold">
        {t('compare.threshold')}{' '}
        <input
          type="number"
          min={0}
          max={MAX_COMPARE_THRESHOLD}
          step={1}
          value={threshold}
          onChange={(event) => setThreshold(event.target.value)}
        />
      </label>
      <div className="compare-actions">
        <button type="submit" className="small-button">
          {t(compare === null ? 'compare.start' : 'compare.update')}
        </button>
        {compare !== null && (
          <button type="button" className="small-button" onClick={() => setView({ compare: null })}>
            {t('compare.stop')}
          </button>
        )}
      </div>
      {problem !== null && (
        <p id={problemId} className="compare-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
