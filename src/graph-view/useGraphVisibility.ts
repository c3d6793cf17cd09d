import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { neighbourhoodOf, type DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { isOverview } from './graphPalette.ts';
import type { VisibleGraph } from '../domain/graph/filterGraph.ts';
import type { DrawnTie } from './tieElements.ts';

interface Applied {
  /** The laid-out graph the classes were applied to; a new layout means new elements. */
  drawn: object;
  hidden: Set<string>;
  dimmed: Set<string>;
}

const none = () => new Set<string>();

/** Turns a class on or off for the ids whose membership changed, and remembers the new set. */
export function applyDiff(
  cy: Core,
  className: string,
  before: Set<string>,
  after: Set<string>,
): void {
  for (const id of before) if (!after.has(id)) cy.getElementById(id).removeClass(className);
  for (const id of after) if (!before.has(id)) cy.getElementById(id).addClass(className);
}

/** Dims each rolled-up tie with an end dimmed (few, added and removed as the roll-up changes). */
function dimTies(cy: Core, ties: readonly DrawnTie[], visible: VisibleGraph): void {
  for (const tie of ties) {
    const isDimmed = visible.dimmed.has(tie.source) || visible.dimmed.has(tie.target);
    cy.getElementById(tie.id).toggleClass('dimmed', isDimmed);
  }
}

/**
 * Shows the visible subgraph on the canvas by changing only what differs from the
 * last time (hidden and dimmed classes), inside one batch; then highlights the
 * selection and its neighbourhood, again changing only what differs. Rolled-up
 * ties (few, and added and removed as the roll-up changes) are marked afresh each time.
 */
export function useGraphVisibility(
  cy: Core | null,
  /** The laid-out graph, or null while it is being laid out. */
  drawn: object | null,
  index: DatasetIndex,
  visible: VisibleGraph,
  selected: string | null,
  ties: readonly DrawnTie[],
  /** The overview drawn (its groups, and the members of open groups), or null for every entity. */
  overview: object | null = null,
): void {
  const applied = useRef<Applied | null>(null);

  useEffect(() => {
    if (cy === null || drawn === null) return;
    if (overview !== null) {
      // The overview draws a few thousand elements, recounted from the visible graph:
      // each drawn entity and relation is set right, and nothing else is looked up
      // (the dataset's 70,000 ids at 20,000 entities cost more than the drawing).
      const isItem = (id: string) => index.entityById.has(id) || index.relationById.has(id);
      cy.batch(() => {
        cy.elements().forEach((element) => {
          const id = element.id();
          if (!isItem(id)) return;
          const isHidden = !visible.entities.has(id) && !visible.relations.has(id);
          if (element.hasClass('hidden') !== isHidden) element.toggleClass('hidden', isHidden);
          const isDimmed = visible.dimmed.has(id);
          if (element.hasClass('dimmed') !== isDimmed) element.toggleClass('dimmed', isDimmed);
        });
        dimTies(cy, ties, visible);
      });
      applied.current = null;
      return;
    }
    // A new layout means new elements, none of which carries a class yet.
    const before =
      applied.current?.drawn === drawn
        ? applied.current
        : { drawn, hidden: none(), dimmed: none() };
    const hidden = new Set<string>();
    for (const entity of index.dataset.entities)
      if (!visible.entities.has(entity.id)) hidden.add(entity.id);
    for (const relation of index.dataset.relations)
      if (!visible.relations.has(relation.id)) hidden.add(relation.id);
    const dimmed = new Set(visible.dimmed);
    cy.batch(() => {
      applyDiff(cy, 'hidden', before.hidden, hidden);
      applyDiff(cy, 'dimmed', before.dimmed, dimmed);
      dimTies(cy, ties, visible);
    });
    applied.current = { drawn, hidden, dimmed };
  }, [cy, drawn, index, visible, ties, overview]);

  // The selection's surroundings: on a small graph everything else fades; on a large
  // one (see graphStylesheet) the neighbourhood is marked `near` instead, as fading
  // tens of thousands of elements would restyle them all on every click.
  const marked = useRef<{
    drawn: object;
    selected: string | null;
    faded: Set<string>;
    near: Set<string>;
  } | null>(null);
  useEffect(() => {
    if (cy === null || drawn === null) return;
    const before =
      marked.current?.drawn === drawn
        ? marked.current
        : { drawn, selected: null, faded: none(), near: none() };
    const selectedTie = ties.find((tie) => tie.id === selected);
    const near =
      selected === null
        ? none()
        : selectedTie === undefined
          ? neighbourhoodOf(index, selected)
          : new Set([selectedTie.id, selectedTie.source, selectedTie.target]);
    for (const tie of ties) {
      if (selectedTie === undefined && (tie.source === selected || tie.target === selected))
        near.add(tie.id).add(tie.source).add(tie.target);
    }
    const detailed = !isOverview(index.dataset);
    const faded = none();
    if (selected !== null && detailed) {
      for (const e of index.dataset.entities) if (!near.has(e.id)) faded.add(e.id);
      for (const r of index.dataset.relations) if (!near.has(r.id)) faded.add(r.id);
    }
    const nearMarked = detailed ? none() : near;
    cy.batch(() => {
      if (before.selected !== selected) {
        if (before.selected !== null) cy.getElementById(before.selected).unselect();
        if (selected !== null) cy.getElementById(selected).select();
      }
      applyDiff(cy, 'faded', before.faded, faded);
      applyDiff(cy, 'near', before.near, nearMarked);
      for (const tie of ties) {
        const element = cy.getElementById(tie.id);
        element.toggleClass('faded', selected !== null && detailed && !near.has(tie.id));
        element.toggleClass('near', !detailed && near.has(tie.id));
        if (tie.id === selected && !element.selected()) element.select();
      }
    });
    marked.current = { drawn, selected, faded, near: nearMarked };
  }, [cy, drawn, index, selected, ties]);
}
