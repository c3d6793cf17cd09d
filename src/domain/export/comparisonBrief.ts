import type { ComparedTie, Comparison } from '../compare/comparePeriods.ts';
import { relationsOf, type DatasetIndex } from '../dataset/indexDataset.ts';
import { BRIEF_MAX_RELATIONS, citationsOf, excerptsOf, type BriefItem } from './evidenceBrief.ts';

/** A tie in the brief of a comparison, with the evidence of each period. */
export interface BriefTie {
  tie: ComparedTie;
  a: BriefItem[];
  b: BriefItem[];
}

/** The changes between two periods as the evidence brief prints them. */
export interface ComparisonBrief {
  /** New, ended and changed ties, in the comparison's order, up to the cap. */
  ties: BriefTie[];
  /** Changed, new or ended ties left out past the cap. */
  omitted: number;
  /** Kept ties, counted only: they are what did not change. */
  kept: number;
  undated: number;
}

/**
 * What the evidence brief says of a comparison: every tie that is new, ended or
 * changed (up to `max`), each with every excerpt of its relations in A and in B;
 * kept ties and undated relations are counted.
 * @example comparisonBrief(index, comparison).ties[0]?.tie.status // 'new'
 */
export function comparisonBrief(
  index: DatasetIndex,
  comparison: Comparison,
  max: number = BRIEF_MAX_RELATIONS,
): ComparisonBrief {
  const changes = comparison.ties.filter((tie) => tie.status !== 'kept');
  const items = (ids: readonly string[]): BriefItem[] =>
    relationsOf(index, ids).map((relation) => ({
      type: 'relation',
      relation,
      excerpts: excerptsOf(index, relation),
      citations: citationsOf(index, relation),
    }));
  return {
    ties: changes.slice(0, max).map((tie) => ({
      tie,
      a: items(tie.a.relations),
      b: items(tie.b.relations),
    })),
    omitted: Math.max(0, changes.length - max),
    kept: comparison.ties.length - changes.length,
    undated: comparison.undated.length,
  };
}
