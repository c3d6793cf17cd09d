import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timeline } from '../../domain/timeline/bucketTimeline.ts';
import { dragBrush, type BrushGrip } from '../../domain/timeline/dragBrush.ts';
import type { BarWindow } from '../../domain/timeline/nextPlayWindow.ts';
import { formatAtGranularity, formatTick } from './formatTimelineDate.ts';
import { percent, TimelineBarList, TimelineBars } from './TimelineBars.tsx';

/** About how many labels the axis shows, whatever the number of bars. */
const TICKS = 6;
/** How far Shift with an arrow, or Page Up/Down, moves an edge: a week, a month, a year, a decade. */
const BIG_STEP = { day: 7, week: 4, month: 12, year: 10 } as const;

const KEY_STEPS: Record<string, number> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  Home: -Infinity,
  End: Infinity,
};

interface Drag {
  grip: BrushGrip;
  origin: BarWindow;
  pressedAt: number;
}

/**
 * The bars of a timeline and a brush over them: drag across bars for a new period,
 * drag the period to move it or its edges to change it; the edges are sliders for
 * the keyboard. `onBrush` gets the new bars and which edges moved.
 */
export function TimelineChart({
  timeline,
  brushed,
  language,
  hintId,
  onBrush,
  onClear,
}: {
  timeline: Timeline;
  brushed: BarWindow | null;
  language: string;
  hintId: string;
  onBrush: (window: BarWindow, moved: 'start' | 'end' | 'both', isFinal: boolean) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const plot = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [preview, setPreview] = useState<BarWindow | null>(null);
  const { buckets, granularity } = timeline;
  const count = buckets.length;
  const shown = preview ?? brushed;
  const edges = shown ?? [0, count - 1];
  const tickEvery = Math.ceil(count / TICKS);

  const barAt = (clientX: number) => {
    const box = plot.current!.getBoundingClientRect();
    return Math.floor(((clientX - box.left) / box.width) * count);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const at = Math.min(count - 1, Math.max(0, barAt(event.clientX)));
    const edge = (event.target as HTMLElement).dataset.edge as 'start' | 'end' | undefined;
    const isInside = brushed !== null && at >= brushed[0] && at <= brushed[1];
    const grip: BrushGrip = edge ?? (isInside ? 'move' : 'new');
    const origin: BarWindow = grip === 'new' ? [at, at] : edges;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ grip, origin, pressedAt: at });
    setPreview(origin);
  };
  const windowAt = (clientX: number) =>
    drag === null ? null : dragBrush(drag.grip, drag.origin, drag.pressedAt, barAt(clientX), count);
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const window = windowAt(event.clientX);
    setDrag(null);
    setPreview(null);
    if (window === null || drag === null) return;
    if (drag.grip === 'move' && window[0] === drag.origin[0]) return;
    onBrush(window, drag.grip === 'start' || drag.grip === 'end' ? drag.grip : 'both', true);
  };
  const onKeyDown = (edge: 'start' | 'end') => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      onClear();
      return;
    }
    const isBig = event.key.startsWith('Page') || event.shiftKey;
    const step = event.key === 'PageUp' ? 1 : event.key === 'PageDown' ? -1 : KEY_STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const value = edge === 'start' ? edges[0] : edges[1];
    const target = value + step * (isBig ? BIG_STEP[granularity] : 1);
    const next = dragBrush(edge, edges, value, Math.max(-1, Math.min(count, target)), count);
    if (next[0] !== edges[0] || next[1] !== edges[1]) onBrush(next, edge, false);
  };

  const handle = (edge: 'start' | 'end') => {
    const value = edge === 'start' ? edges[0] : edges[1];
    const bucket = buckets[value]!;
    return (
      <div
        role="slider"
        tabIndex={0}
        data-edge={edge}
        className={`timeline-handle timeline-handle-${edge}`}
        style={{ left: percent(edge === 'start' ? value : value + 1, count) }}
        aria-label={t(edge === 'start' ? 'timeline.start' : 'timeline.end')}
        aria-describedby={hintId}
        aria-valuemin={0}
        aria-valuemax={count - 1}
        aria-valuenow={value}
        aria-valuetext={formatAtGranularity(
          edge === 'start' ? bucket.start : bucket.end,
          granularity,
          language,
        )}
        onKeyDown={onKeyDown(edge)}
      />
    );
  };

  return (
    <div className="timeline-chart">
      <div
        ref={plot}
        className="timeline-plot"
        role="group"
        aria-label={t('timeline.brush')}
        onPointerDown={onPointerDown}
        onPointerMove={(event) => {
          const window = windowAt(event.clientX);
          if (window !== null) setPreview(window);
        }}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          setDrag(null);
          setPreview(null);
        }}
      >
        <TimelineBars timeline={timeline} shown={shown} />
        {shown !== null && (
          <div
            className="timeline-selection"
            style={{
              left: percent(shown[0], count),
              width: percent(shown[1] - shown[0] + 1, count),
            }}
          />
        )}
        {handle('start')}
        {handle('end')}
      </div>
      <div className="timeline-axis" aria-hidden="true">
        {buckets.map((bucket, i) =>
          i % tickEvery === 0 && i / count <= 0.9 ? (
            <span key={bucket.start} style={{ left: percent(i, count) }}>
              {formatTick(
                bucket,
                granularity,
                language,
                i === 0 || bucket.start.slice(0, 4) !== buckets[i - tickEvery]?.start.slice(0, 4),
              )}
            </span>
          ) : null,
        )}
      </div>
      <TimelineBarList timeline={timeline} language={language} />
    </div>
  );
}
