import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphElements } from './graphElements.ts';
import { graphStylesheet } from './graphStylesheet.ts';
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
    style: graphStylesheet(index.dataset, 1, 'light', hedgedMark),
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
    const sheet = graphStylesheet(index.dataset, 1, 'dark', 'çekinceli');
    expect(graphStylesheet(index.dataset, 1, 'dark', 'çekinceli')).toBe(sheet);
    expect(graphStylesheet(index.dataset, 1, 'dark', 'hedged')).not.toBe(sheet);
  });
});
