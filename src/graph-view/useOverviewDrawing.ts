import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';
import type { Viewport } from '../domain/view/viewState.ts';
import { applyViewport } from './graphViewport.ts';
import { overviewElements, type DrawnOverview } from './overviewElements.ts';

const FIT_PADDING = 40;

/**
 * What, of an element, would draw differently: a group's label, size, place and
 * openness, a tie's count, an entity's place (an open group moves when another one
 * opens and pushes it aside, and its members with it).
 */
function signature(element: ElementDefinition): string {
  const { data, position } = element;
  if (element.classes === 'group')
    return `${String(data.open)}|${String(data.label)}|${String(data.members)}|${String(data.size)}|${position?.x},${position?.y}`;
  if (element.classes === 'group-tie') return `${String(data.count)}|${String(data.stance)}`;
  return position === undefined ? '' : `${position.x},${position.y}`;
}

/**
 * Draws the overview by changing only what differs from what is drawn, in one
 * batch: opening a group removes its node and adds its members in place, a filter
 * removes and adds what it changes and recounts the rest. Nothing happens while the
 * graph is drawn whole (overview null).
 */
export function useOverviewDrawing(
  cy: Core | null,
  /** The placed graph, or null while it is being placed; a new one starts empty. */
  drawn: object | null,
  index: DatasetIndex,
  overview: DrawnOverview | null,
  language: string,
  /** The camera the view names, applied when the overview is first drawn; null fits it. */
  viewport: Viewport | null,
): void {
  const shown = useRef<{ drawn: object; byId: Map<string, string> } | null>(null);
  // Read once, when the overview is first drawn; later camera moves are the camera's own.
  const camera = useRef(viewport);
  useEffect(() => {
    camera.current = viewport;
  });
  useEffect(() => {
    if (cy === null || drawn === null || overview === null) return;
    const isFirst = shown.current?.drawn !== drawn;
    const before = isFirst ? new Map<string, string>() : shown.current!.byId;
    const elements = overviewElements(index, overview, language);
    const byId = new Map<string, string>();
    const added: ElementDefinition[] = [];
    cy.batch(() => {
      for (const id of before.keys()) if (!elements.has(id)) cy.getElementById(id).remove();
      for (const [id, element] of elements) {
        const mark = signature(element);
        byId.set(id, mark);
        const old = before.get(id);
        if (old === undefined) added.push(element);
        else if (old !== mark) {
          const existing = cy.getElementById(id);
          existing.data(element.data);
          if (element.position !== undefined) existing.position(element.position);
        }
      }
      cy.add(added);
    });
    shown.current = { drawn, byId };
    if (isFirst) {
      // The first overview is framed whole, unless the view names a camera.
      if (camera.current === null) cy.fit(undefined, FIT_PADDING);
      else applyViewport(cy, camera.current);
      cy.one('render', () => performance.mark(TIMING_MARKS.graphDrawn));
    }
  }, [cy, drawn, index, overview, language]);
}
