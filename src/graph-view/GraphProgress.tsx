import { useTranslation } from 'react-i18next';

/** What the graph view is doing before its first frame, when it takes a while. */
export type GraphPhase =
  { step: 'layout' | 'drawing'; entities: number } | { step: 'failed'; message: string };

/**
 * A progress line over the canvas while a large graph is laid out (in a worker) and
 * drawn; the rest of the app stays usable meanwhile.
 */
export function GraphProgress({ phase }: { phase: GraphPhase }) {
  const { t } = useTranslation();
  if (phase.step === 'failed') {
    return (
      <div className="graph-progress" role="alert">
        {phase.message}
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
