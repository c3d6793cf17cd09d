import { useTranslation } from 'react-i18next';

/** What the graph view is doing before its first frame, when it takes a while. */
export type GraphPhase =
  | { step: 'layout' | 'drawing'; entities: number }
  /** Elements created chunk by chunk, so many, one frame at a time. */
  | { step: 'chunks'; done: number; total: number }
  | { step: 'failed'; message: string };

/**
 * A progress line over the canvas while a large graph is laid out (in a worker) and
 * drawn; the rest of the app stays usable meanwhile.
 */
export function GraphProgress({
  phase,
  onCancel,
}: {
  phase: GraphPhase;
  /** Stops drawing element by element; offered only while chunks are drawn. */
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  if (phase.step === 'failed') {
    return (
      <div className="graph-progress" role="alert">
        {phase.message}
      </div>
    );
  }
  if (phase.step === 'chunks') {
    const label = t('overview.drawing', { done: phase.done, total: phase.total });
    // As wide as the label will ever be: the box, centred, keeps its size while the
    // count grows, so Cancel stays under the pointer.
    const widest = t('overview.drawing', { done: phase.total, total: phase.total });
    return (
      <div className="graph-progress" role="status">
        <span className="graph-progress-count" style={{ minWidth: `${widest.length}ch` }}>
          {label}
        </span>
        <progress aria-label={label} max={phase.total} value={phase.done} />
        {onCancel !== undefined && (
          <button type="button" className="small-button" onClick={onCancel}>
            {t('overview.cancel')}
          </button>
        )}
      </div>
    );
  }
  const label =
    phase.step === 'layout'
      ? t('graph.layingOut', { count: phase.entities })
      : t('graph.drawing', { count: phase.entities });
  return (
    <div className="graph-progress" role="status">
      <span>{label}</span>
      <progress aria-label={label} />
    </div>
  );
}
