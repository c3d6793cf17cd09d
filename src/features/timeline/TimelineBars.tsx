import { useTranslation } from 'react-i18next';
import type { Timeline } from '../../domain/timeline/bucketTimeline.ts';
import type { BarWindow } from '../../domain/timeline/nextPlayWindow.ts';
import { formatBar } from './formatTimelineDate.ts';

/** The height of the tallest bar, in pixels. */
const BAR_HEIGHT = 56;

/** A share of the axis's width, as SVG and CSS take it. */
export const percent = (bars: number, count: number) => `${(bars / count) * 100}%`;

/**
 * The bars, meetings stacked under relations, scaled to the tallest; bars outside the
 * chosen period stand back. A picture only: TimelineBarList says the same in words.
 */
export function TimelineBars({ timeline, shown }: { timeline: Timeline; shown: BarWindow | null }) {
  const { buckets } = timeline;
  const count = buckets.length;
  const tallest = Math.max(1, ...buckets.map((b) => b.meetings + b.relations));
  return (
    <svg className="timeline-bars" aria-hidden="true" width="100%" height={BAR_HEIGHT}>
      {buckets.map((bucket, i) => {
        const meetings = (bucket.meetings / tallest) * BAR_HEIGHT;
        const relations = (bucket.relations / tallest) * BAR_HEIGHT;
        const isOut = shown !== null && (i < shown[0] || i > shown[1]);
        const x = percent(i + 0.12, count);
        const width = percent(0.76, count);
        return (
          <g key={bucket.start} className={isOut ? 'timeline-bar is-out' : 'timeline-bar'}>
            <rect
              className="timeline-bar-meetings"
              x={x}
              width={width}
              y={BAR_HEIGHT - meetings}
              height={meetings}
            />
            <rect
              className="timeline-bar-relations"
              x={x}
              width={width}
              y={BAR_HEIGHT - meetings - relations}
              height={relations}
            />
          </g>
        );
      })}
    </svg>
  );
}

/** The bars in words, for screen readers: each bar that holds something, with its counts. */
export function TimelineBarList({ timeline, language }: { timeline: Timeline; language: string }) {
  const { t } = useTranslation();
  return (
    <ul className="visually-hidden" aria-label={t('timeline.bars')}>
      {timeline.buckets.map((bucket) =>
        bucket.meetings + bucket.relations === 0 ? null : (
          <li key={bucket.start}>
            {t('timeline.bar', {
              period: formatBar(bucket, timeline.granularity, language),
              meetings: t('timeline.meetings', { count: bucket.meetings }),
              relations: t('timeline.relations', { count: bucket.relations }),
            })}
          </li>
        ),
      )}
    </ul>
  );
}
