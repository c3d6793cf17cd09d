import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphElements } from './graphElements.ts';
import { graphStylesheet, labelsInView, OVERVIEW_LABEL_ZOOM } from './graphStylesheet.ts';
import { indexDataset } from '../domain/dataset/indexDataset.ts';
import { seedDataset } from '../testSupport/seedDataset.ts';

const index = indexDataset(seedDataset());
const HEDGED = 'russia-weakens-west-influence-in-region';
const STATED = 'russia-west-tensions';

/** The labels Cytoscape draws on the seed's relations with a sheet. */
function edgeLabels(hedgedMark: string): Record<string, string> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStylesheet(index.dataset, 'light', hedgedMark),
    elements: graphElements(index, 'tr'),
  });
  const labels = Object.fromEntries(
    cy.edges().map((edge) => [edge.id(), edge.style('label') as string]),
  );
  cy.destroy();
  return labels;
}

describe('the mark on hedged relations', () => {
  it('is the word given, in the language of the interface', () => {
    const labels = edgeLabels('çekinceli');
    expect(labels[HEDGED]).toBe('çekinceli');
    expect(Object.values(labels)).not.toContain('hedged');
  });

  it('marks hedged relations only', () => {
    expect(edgeLabels('hedged')[STATED]).toBe('');
  });

  it('keeps one sheet per theme and word, so the graph restyles only when one changes', () => {
    const sheet = graphStylesheet(index.dataset, 'dark', 'çekinceli');
    expect(graphStylesheet(index.dataset, 'dark', 'çekinceli')).toBe(sheet);
    expect(graphStylesheet(index.dataset, 'dark', 'hedged')).not.toBe(sheet);
  });
});

describe('labels in view', () => {
  const extent = { x1: 0, y1: 0, x2: 100, y2: 50 };
  const nodes = [
    ['inside', 50, 25],
    ['near the edge', 115, 55],
    ['far', 300, 25],
  ] as const;

  it('labels what the camera shows and a margin around it', () => {
    expect(labelsInView(nodes, extent, OVERVIEW_LABEL_ZOOM)).toEqual(
      new Set(['inside', 'near the edge']),
    );
  });

  it('labels nothing below the zoom where names could be read', () => {
    expect(labelsInView(nodes, extent, OVERVIEW_LABEL_ZOOM - 0.01).size).toBe(0);
  });
});
