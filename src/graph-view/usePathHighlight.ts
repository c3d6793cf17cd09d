import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { isOverview } from './graphPalette.ts';
import { applyDiff } from './useGraphVisibility.ts';

const none = () => new Set<string>();

/**
 * Draws a path: its entities and relations marked `on-path`, and on a small graph
 * everything else `off-path` (faded). A large graph marks the path only, as fading
 * tens of thousands of elements would restyle them all (the same reason as `near`).
 * Only what changed since the last time is touched, inside one batch.
 */
export function usePathHighlight(
  cy: Core | null,
  /** The laid-out graph, or null while it is being laid out. */
  drawn: object | null,
  index: DatasetIndex,
  /** The ids of the path's entities and relations; empty when no path is drawn. */
  path: readonly string[],
  /** Rolled-up ties drawn beside the relations: never on a path, so faded with the rest. */
  ties: readonly { id: string }[],
): void {
  const applied = useRef<{ drawn: object; on: Set<string>; off: Set<string> } | null>(null);
  useEffect(() => {
    if (cy === null || drawn === null) return;
    const before =
      applied.current?.drawn === drawn ? applied.current : { drawn, on: none(), off: none() };
    const on = new Set(path);
    const off = none();
    if (on.size > 0 && !isOverview(index.dataset)) {
      for (const e of index.dataset.entities) if (!on.has(e.id)) off.add(e.id);
      for (const r of index.dataset.relations) if (!on.has(r.id)) off.add(r.id);
      for (const tie of ties) off.add(tie.id);
    }
    cy.batch(() => {
      applyDiff(cy, 'on-path', before.on, on);
      applyDiff(cy, 'off-path', before.off, off);
    });
    applied.current = { drawn, on, off };
  }, [cy, drawn, index, path, ties]);
}
