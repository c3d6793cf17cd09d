import { useMemo } from 'react';
import { useGroupLabels } from '../features/overview/useGroupLabels.ts';
import type { DrawnOverview } from '../graph-view/overviewElements.ts';
import { useOverview } from '../store/useOverview.ts';

/** The overview to draw, each group labelled in the UI language; null while every entity is drawn. */
export function useDrawnOverview(): DrawnOverview | null {
  const overview = useOverview();
  const labels = useGroupLabels(overview);
  const graph = overview?.graph ?? null;
  const ties = overview?.ties ?? null;
  const placing = overview?.placing ?? null;
  return useMemo(
    () =>
      graph === null || ties === null || placing === null ? null : { graph, ties, labels, placing },
    [graph, ties, labels, placing],
  );
}
