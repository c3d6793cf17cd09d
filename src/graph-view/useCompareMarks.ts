import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { RelationMark } from '../domain/compare/comparePeriods.ts';

/** How a comparison of two periods marks the relations, and the word drawn for each mark. */
export interface CompareMarks {
  marks: ReadonlyMap<string, RelationMark>;
  /** In the interface's language: this folder holds no UI text. */
  words: Readonly<Record<RelationMark, string>>;
}

/** The class a mark gives an edge; graphStylesheet draws each. */
export const markClass = (mark: RelationMark) => `cmp-${mark}`;

/**
 * Marks each relation with what became of its tie between the compared periods
 * (class `cmp-<mark>` and the word as `cmpLabel`), changing only what differs from
 * the last time, inside one batch; a new layout starts from none.
 */
export function useCompareMarks(
  cy: Core | null,
  /** The laid-out graph, or null while it is being laid out. */
  drawn: object | null,
  compared: CompareMarks | null,
): void {
  const applied = useRef<{ drawn: object; marks: ReadonlyMap<string, RelationMark> } | null>(null);
  useEffect(() => {
    if (cy === null || drawn === null) return;
    const before =
      applied.current?.drawn === drawn ? applied.current.marks : new Map<string, RelationMark>();
    const marks = compared?.marks ?? new Map<string, RelationMark>();
    cy.batch(() => {
      for (const [id, mark] of before) {
        if (marks.get(id) !== mark) cy.getElementById(id).removeClass(markClass(mark));
      }
      for (const [id, mark] of marks) {
        const edge = cy.getElementById(id);
        if (before.get(id) !== mark) edge.addClass(markClass(mark));
        // A rolled-up tie keeps saying what it counts: "new · 2 meetings".
        const counted: unknown = edge.data('tieLabel');
        const word = [compared?.words[mark], counted].filter(Boolean).join(' · ');
        if (edge.data('cmpLabel') !== word) edge.data('cmpLabel', word);
      }
    });
    applied.current = { drawn, marks };
  }, [cy, drawn, compared]);
}
