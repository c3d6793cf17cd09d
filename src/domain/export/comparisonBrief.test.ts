import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../compare/comparePeriods.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { bundledDataset } from '../../testSupport/bundledDataset.ts';
import { comparisonBrief } from './comparisonBrief.ts';

const index = indexDataset(bundledDataset('fictional-veld'));
const comparison = comparePeriods(
  index,
  index.dataset.relations,
  { from: '2031-03', to: '2031-03' },
  { from: '2031-04', to: '2031-04' },
);

describe('comparisonBrief', () => {
  it('gives each changed tie the excerpts of its relations in A and in B', () => {
    const brief = comparisonBrief(index, comparison);
    expect(brief.ties.map((t) => t.tie.status)).toEqual([
      'new',
      'ended',
      'ended',
      'ended',
      'ended',
    ]);
    const fresh = brief.ties[0]!;
    expect(fresh.a).toEqual([]);
    expect(fresh.b.map((item) => item.type === 'relation' && item.relation.id)).toEqual([
      'ens-warns-tesk',
    ]);
    expect(fresh.b[0]!.excerpts[0]!.evidence.quote.length).toBeGreaterThan(0);
    expect(brief).toMatchObject({ omitted: 0, kept: 0, undated: comparison.undated.length });
  });

  it('stops at the cap and counts what it left out', () => {
    const brief = comparisonBrief(index, comparison, 2);
    expect(brief.ties).toHaveLength(2);
    expect(brief.omitted).toBe(3);
  });
});
