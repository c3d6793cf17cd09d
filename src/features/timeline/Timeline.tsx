import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BarWindow } from '../../domain/timeline/nextPlayWindow.ts';
import { bucketsOfRange, rangeOfBuckets } from '../../domain/timeline/rangeOfBuckets.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useTimeline } from '../../store/useTimeline.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { formatAtGranularity, formatTimelineDate } from './formatTimelineDate.ts';
import { TimelineChart } from './TimelineChart.tsx';
import { SPEEDS, usePlayThrough, type Speed } from './usePlayThrough.ts';
import './timeline.css';

/**
 * Dated meetings and relations over time, under the filters other than the dates;
 * a brush that sets the view's date range (the same `from`/`to` as the date inputs,
 * so the link carries it), and play-through of that period over time.
 */
export function Timeline() {
  const { t } = useTranslation();
  const language = useNameLanguage();
  const timeline = useTimeline();
  const from = useViewStore((s) => s.view.from);
  const to = useViewStore((s) => s.view.to);
  const setView = useViewStore((s) => s.setView);
  const player = usePlayThrough(timeline);
  const headingId = useId();
  const hintId = useId();
  const { buckets, granularity, undated, imprecise } = timeline;

  const heading = (
    <h2 id={headingId} className="timeline-title">
      {t('timeline.title')}
      {buckets.length > 0 && (
        <span className="timeline-granularity"> ({t(`timeline.per.${granularity}`)})</span>
      )}
    </h2>
  );
  if (buckets.length === 0) {
    return (
      <section className="timeline" aria-labelledby={headingId}>
        {heading}
        <p className="timeline-note">{t('timeline.noDates')}</p>
      </section>
    );
  }

  const brushed = bucketsOfRange(timeline, from, to);
  const onBrush = (window: BarWindow, moved: 'start' | 'end' | 'both', isFinal: boolean) => {
    player.pause();
    const range = rangeOfBuckets(timeline, ...window);
    const patch =
      moved === 'start' ? { from: range.from } : moved === 'end' ? { to: range.to } : range;
    setView(patch, isFinal ? 'push' : 'replace');
  };
  const clear = () => {
    player.pause();
    setView({ from: null, to: null });
  };

  const dated = buckets.reduce((sum, b) => sum + b.meetings + b.relations, 0);
  const total = dated + imprecise.meetings + imprecise.relations;
  const isRange = from !== null || to !== null;
  const period =
    from !== null && to !== null
      ? t('timeline.periodBoth', {
          from: formatTimelineDate(from, language),
          to: formatTimelineDate(to, language),
        })
      : from !== null
        ? t('timeline.periodFrom', { from: formatTimelineDate(from, language) })
        : to !== null
          ? t('timeline.periodTo', { to: formatTimelineDate(to, language) })
          : '';
  const undatedCount = undated.meetings + undated.relations;
  const impreciseCount = imprecise.meetings + imprecise.relations;

  return (
    <section className="timeline" aria-labelledby={headingId}>
      <div className="timeline-header">
        {heading}
        <button
          type="button"
          className="small-button"
          onClick={player.isPlaying ? player.pause : player.play}
        >
          {player.isPlaying ? t('timeline.pause') : t('timeline.play')}
        </button>
        <label className="timeline-speed">
          {t('timeline.speed')}{' '}
          <select
            value={player.speed}
            onChange={(event) => player.setSpeed(event.target.value as Speed)}
          >
            {(Object.keys(SPEEDS) as Speed[]).map((speed) => (
              <option key={speed} value={speed}>
                {t(`timeline.speeds.${speed}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="small-button" disabled={!isRange} onClick={clear}>
          {t('timeline.clear')}
        </button>
        <span className="timeline-key timeline-key-meetings">{t('timeline.legendMeetings')}</span>
        <span className="timeline-key timeline-key-relations">{t('timeline.legendRelations')}</span>
      </div>
      <p className="timeline-summary">
        {total === 0
          ? t('timeline.noneCounted')
          : t('timeline.summary', {
              count: total,
              first: formatAtGranularity(buckets[0]!.start, granularity, language),
              last: formatAtGranularity(buckets.at(-1)!.end, granularity, language),
            })}
        {isRange && t('timeline.showing', { period })}
      </p>
      <TimelineChart
        timeline={timeline}
        brushed={brushed}
        language={language}
        hintId={hintId}
        onBrush={onBrush}
        onClear={clear}
      />
      <p className="timeline-note">
        <span id={hintId}>{t('timeline.hint')}</span>
        {undatedCount > 0 && <> {t('timeline.undated', { count: undatedCount })}</>}
        {impreciseCount > 0 && <> {t('timeline.imprecise', { count: impreciseCount })}</>}
      </p>
    </section>
  );
}
