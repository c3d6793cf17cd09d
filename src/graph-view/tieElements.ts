import type { ElementDefinition } from 'cytoscape';
import type { RolledTie } from '../domain/graph/rollUp.ts';

/** A rolled-up tie as the graph draws it, with its words already in the UI language. */
export interface DrawnTie extends Pick<
  RolledTie,
  'id' | 'source' | 'target' | 'kind' | 'arrows' | 'count' | 'stance' | 'modality'
> {
  /** Drawn on the line: "2 meetings". */
  label: string;
  /** Shown when the pointer rests on it: "Russia – North Korea: meetings". */
  title: string;
}

/** The data a tie's edge carries; the stylesheet reads stance, arrows, count and label. */
export function tieData(tie: DrawnTie): Record<string, string | number> {
  return {
    id: tie.id,
    source: tie.source,
    target: tie.target,
    kind: tie.kind,
    stance: tie.stance,
    modality: tie.modality,
    arrows: tie.arrows,
    count: tie.count,
    tieLabel: tie.label,
  };
}

/** Whether a tie would draw differently from how it is drawn. */
export function tieChanged(before: DrawnTie, after: DrawnTie): boolean {
  const a = tieData(before);
  const b = tieData(after);
  return Object.keys(a).some((key) => a[key] !== b[key]);
}

/** Rolled-up ties as Cytoscape edges, marked `rolled` so the stylesheet draws them apart. */
export function tieElements(ties: readonly DrawnTie[]): ElementDefinition[] {
  return ties.map((tie) => ({ group: 'edges', data: tieData(tie), classes: 'rolled' }));
}
