import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { contentHash } from './contentHash.ts';
import { datasetWarnings } from './datasetWarnings.ts';
import { validateDataset } from './validateDataset.ts';

function graded(reliability: unknown, credibility: unknown) {
  const dataset = seedDataset();
  const article = dataset.articles[0]!;
  const evidence = dataset.entities[0]!.evidence[0]!;
  Object.assign(article, { reliability, textHash: contentHash(article.paragraphs.join('\n')) });
  Object.assign(evidence, { credibility, selector: { prefix: '', suffix: ' x' } });
  return dataset;
}

describe('source grading and selectors in the format', () => {
  it('accepts NATO Admiralty grades, a selector and the text hash', () => {
    expect(validateDataset(graded('B', 2))).toMatchObject({ ok: true });
  });

  it('refuses grades outside the scale', () => {
    const result = validateDataset(graded('G', 7));
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path.join('.'));
    expect(paths).toContain('articles.0.reliability');
    expect(paths).toContain('entities.0.evidence.0.credibility');
  });

  it('warns when an article text no longer matches its hash', () => {
    const dataset = graded('A', 1);
    dataset.articles[0]!.paragraphs.push('A corrected line.');
    expect(datasetWarnings(dataset).map((w) => w.message)).toContain(
      `the text of article "${dataset.articles[0]!.id}" changed since its excerpts were anchored`,
    );
  });
});
