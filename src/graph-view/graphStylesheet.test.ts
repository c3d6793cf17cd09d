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

describe('the lean sheet of large graphs', () => {
  const large = { entities: new Array(1000), relations: new Array(1000) };
  const sheet = graphStylesheet(large, 'light', 'hedged');

  /** The properties the sheet's rules give an element (before Cytoscape's defaults). */
  function givenTo(selector: string, classes: string[] = []) {
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'a', kind: 'state' } },
        { data: { id: 'b', kind: 'official' } },
        { data: { id: 'r', source: 'a', target: 'b', stance: 'conflict', arrows: 'forward' } },
      ],
    });
    const element = cy.$(selector).addClass(classes);
    const given = new Set<string>();
    for (const rule of sheet as { selector: string; style: object }[])
      if (element.is(rule.selector))
        for (const property of Object.keys(rule.style)) given.add(property);
    cy.destroy();
    return given;
  }

  it('gives an entity and a relation no class reaches only what every element shows', () => {
    // Every property given is applied to each of the 70,000 elements of a 20k drawing.
    expect(givenTo('#a')).toEqual(new Set(['shape', 'background-color', 'width', 'height']));
    expect(givenTo('#r')).toEqual(new Set(['width', 'line-color']));
  });

  it('gives the look of a label to the entities labelled, and arrowheads to the edges drawing them', () => {
    for (const marked of ['in-view', 'near', 'on-path'])
      expect([...givenTo('#a', [marked])]).toEqual(
        expect.arrayContaining(['font-family', 'font-size', 'color', 'text-outline-color']),
      );
    for (const marked of ['near', 'on-path', 'rolled'])
      expect([...givenTo('#r', [marked])]).toEqual(
        expect.arrayContaining(['target-arrow-shape', 'target-arrow-color', 'arrow-scale']),
      );
  });
});

it('draws the arrowheads of a large graph in their relation’s stance colour', () => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStylesheet({ entities: new Array(1000), relations: new Array(1000) }, 'light', 'h'),
    elements: [
      { data: { id: 'a', kind: 'state' } },
      { data: { id: 'b', kind: 'official' } },
      { data: { id: 'r', source: 'a', target: 'b', stance: 'conflict', arrows: 'forward' } },
    ],
  });
  const edge = cy.$('#r').addClass('near');
  expect(edge.style('target-arrow-shape')).toBe('triangle');
  expect(edge.style('target-arrow-color')).toBe(edge.style('line-color'));
  expect(edge.style('line-color')).toBe('rgb(213,94,0)');
  // Haystack edges by Cytoscape's default; the selection's surroundings curve.
  expect(cy.$('#r').removeClass('near').style('curve-style')).toBe('haystack');
  expect(edge.addClass('near').style('curve-style')).toBe('bezier');
  cy.destroy();
});
