import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isoDateSchema } from './datasetSchema.ts';
import { isIsoDate } from './datasetVocabulary.ts';

// Dates as people type them into the filters or a link: mostly well formed, some not.
const dateLike = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([y, m, d, parts]) =>
      [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')]
        .slice(0, parts)
        .join('-'),
    ),
  fc.string({ maxLength: 12 }),
);

describe('isIsoDate', () => {
  it('accepts the three precisions and refuses dates that do not exist', () => {
    expect(['2024', '2024-06', '2024-02-29'].map(isIsoDate)).toEqual([true, true, true]);
    expect(['2023-02-29', '2024-13', '24-06-01', '2024-6', ''].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  // The view codec and the date inputs use the zod-free check; the format uses zod's.
  test.prop([dateLike], { numRuns: 2000 })('answers as the dataset schema does', (text) => {
    expect(isIsoDate(text)).toBe(isoDateSchema.safeParse(text).success);
  });
});
