import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { neighbourhoodOf, type DatasetIndex } from '../domain/dataset/indexDataset.ts';
import type { VisibleGraph } from '../domain/graph/filterGraph.ts';

interface Applied {
  /** The laid-out graph the classes were applied to; a new layout means new elements. */
  drawn: object;
  hidden: Set<string>;
  dimmed: Set<string>;
}

/** Turns a class on or off for the ids whose membership changed, and remembers the new set. */
function applyDiff(cy: Core, className: string, before: Set<string>, after: Set<string>): void {
  for (const id of before) if (!after.has(id)) cy.getElementById(id).removeClass(className);
  for (const id of after) if (!before.has(id)) cy.getElementById(id).addClass(className);
}

/**
 * Shows the visible subgraph on the canvas by changing only what differs from the
 * last time (hidden and dimmed classes), inside one batch; then highlights the
 * selection and its visible neighbourhood.
 */
export function useGraphVisibility(
  cy: Core | null,
  /** The laid-out graph, or null while it is being laid out. */
  drawn: object | null,
  index: DatasetIndex,
  visible: VisibleGraph,
  selected: string | null,
): void {
  const applied = useRef<Applied | null>(null);

  useEffect(() => {
    if (cy === null || drawn === null) return;
    // A new layout means new elements, none of which carries a class yet.
    const before =
      applied.current?.drawn === drawn
        ? applied.current
        : { drawn, hidden: new Set<string>(), dimmed: new Set<string>() };
    const hidden = new Set<string>();
    for (const entity of index.dataset.entities)
      if (!visible.entities.has(entity.id)) hidden.add(entity.id);
    for (const relation of index.dataset.relations)
      if (!visible.relations.has(relation.id)) hidden.add(relation.id);
    const dimmed = new Set(visible.dimmed);
    cy.batch(() => {
      applyDiff(cy, 'hidden', before.hidden, hidden);
      applyDiff(cy, 'dimmed', before.dimmed, dimmed);
    });
    applied.current = { drawn, hidden, dimmed };
  }, [cy, drawn, index, visible]);

  useEffect(() => {
    if (cy === null || drawn === null) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      cy.$('.faded').removeClass('faded');
      if (selected === null) return;
      const element = cy.getElementById(selected);
      if (element.empty()) return;
      element.select();
      const near = neighbourhoodOf(index, selected);
      cy.elements()
        .filter((e) => !near.has(e.id()))
        .addClass('faded');
    });
  }, [cy, drawn, index, visible, selected]);
}
