import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { RELIABILITY_GRADES } from '../dataset/datasetVocabulary.ts';
import {
  admiraltyGrade,
  hasSourceAtLeast,
  meetsReliability,
  RELIABILITY_THRESHOLDS,
} from './sourceGrade.ts';

describe('meetsReliability', () => {
  it('orders A best; ungraded and F (cannot be judged) never meet a threshold', () => {
    expect(meetsReliability('A', 'B')).toBe(true);
    expect(meetsReliability('B', 'B')).toBe(true);
    expect(meetsReliability('C', 'B')).toBe(false);
    expect(meetsReliability('F', 'E')).toBe(false);
    expect(meetsReliability(undefined, 'E')).toBe(false);
  });

  test.prop([
    fc.constantFrom(...RELIABILITY_GRADES),
    fc.constantFrom(...RELIABILITY_THRESHOLDS),
    fc.constantFrom(...RELIABILITY_THRESHOLDS),
  ])('a grade that meets a stricter threshold meets every looser one', (grade, x, y) => {
    const [strict, loose] = x <= y ? [x, y] : [y, x];
    if (meetsReliability(grade, strict)) expect(meetsReliability(grade, loose)).toBe(true);
  });
});

describe('hasSourceAtLeast', () => {
  // Synthetic article ids.
  const grades: Record<string, 'A' | 'C' | 'F'> = { wire: 'A', blog: 'C', rumour: 'F' };
  const of = (article: string) => grades[article];
  const excerpt = (article: string) => ({
    article,
    paragraph: 1,
    offset: 0,
    quote: 'x',
    modality: 'stated' as const,
  });

  it('is true when an excerpt or a citation rests on a good enough article', () => {
    expect(hasSourceAtLeast({ evidence: [excerpt('blog'), excerpt('wire')] }, of, 'B')).toBe(true);
    expect(hasSourceAtLeast({ evidence: [excerpt('blog')] }, of, 'B')).toBe(false);
    const cited = {
      evidence: [],
      citations: [
        { article: 'wire', source: { format: 'gdelt' as const, file: null, row: 1, id: '1' } },
      ],
    };
    expect(hasSourceAtLeast(cited, of, 'A')).toBe(true);
    expect(hasSourceAtLeast({ evidence: [excerpt('rumour'), excerpt('none')] }, of, 'E')).toBe(
      false,
    );
  });
});

describe('admiraltyGrade', () => {
  it('writes reliability and credibility together, a dash for what is not graded', () => {
    expect(admiraltyGrade('B', 2)).toBe('B2');
    expect(admiraltyGrade('B', undefined)).toBe('B–');
    expect(admiraltyGrade(undefined, 6)).toBe('–6');
    expect(admiraltyGrade(undefined, undefined)).toBeNull();
  });
});
