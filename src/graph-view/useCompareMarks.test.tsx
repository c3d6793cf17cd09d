// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { RelationMark } from '../domain/compare/comparePeriods.ts';
import { indexDataset } from '../domain/dataset/indexDataset.ts';
import { renderInDocument } from '../testSupport/renderInDocument.ts';
import { seedDataset } from '../testSupport/seedDataset.ts';
import { graphElements } from './graphElements.ts';
import { graphStylesheet } from './graphStylesheet.ts';
import { useCompareMarks, type CompareMarks } from './useCompareMarks.ts';

const index = indexDataset(seedDataset());
const [first, second, third] = index.dataset.relations.map((relation) => relation.id);
const WORDS: Record<RelationMark, string> = {
  new: 'yeni',
  ended: 'sona erdi',
  changed: 'değişti',
  kept: 'sürdü',
  outside: 'dışında',
  undated: 'tarihsiz',
};

// The laid-out graph the marks belong to: one for the whole test.
const DRAWN = {};

function Marks({ cy, initial }: { cy: cytoscape.Core; initial: CompareMarks }) {
  const [compared, set] = useState<CompareMarks | null>(initial);
  useCompareMarks(cy, DRAWN, compared);
  return <button onClick={() => set(null)}>stop</button>;
}

describe('the marks of a comparison on the graph', () => {
  it('draw each status as a word and a marker, not by colour alone, and come off when it ends', async () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphStylesheet(index.dataset, 'light', 'hedged'),
      elements: graphElements(index, 'en'),
    });
    const marks = new Map<string, RelationMark>([
      [first!, 'new'],
      [second!, 'ended'],
      [third!, 'changed'],
    ]);
    const view = await renderInDocument(<Marks cy={cy} initial={{ marks, words: WORDS }} />);
    const look = (id: string) => {
      const edge = cy.getElementById(id);
      return [edge.style('label') as string, edge.style('mid-target-arrow-shape') as string];
    };
    expect(look(first!)).toEqual(['yeni', 'diamond']);
    expect(look(second!)).toEqual(['sona erdi', 'square']);
    expect(look(third!)).toEqual(['değişti', 'chevron']);

    await act(async () => {
      view.container.querySelector('button')!.click();
      await Promise.resolve();
    });
    expect(cy.getElementById(first!).hasClass('cmp-new')).toBe(false);
    expect(look(first!)[0]).not.toBe('yeni');
    await view.unmount();
    cy.destroy();
  });
});
