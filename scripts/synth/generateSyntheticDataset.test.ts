import { describe, expect, it } from 'vitest';
import { datasetWarnings } from '../../src/domain/dataset/datasetWarnings.ts';
import { formatPath, validateDataset } from '../../src/domain/dataset/validateDataset.ts';
import { classifyRelation } from '../../src/domain/relations/classifyRelation.ts';
import { generateSyntheticDataset } from './generateSyntheticDataset.ts';

describe('generateSyntheticDataset', () => {
  const dataset = generateSyntheticDataset(400, 7);

  it('passes every check of data:check, without warnings', () => {
    const result = validateDataset(dataset);
    expect(
      result.ok ? [] : result.problems.map((p) => `${formatPath(p.path)}: ${p.message}`),
    ).toEqual([]);
    expect(datasetWarnings(dataset)).toEqual([]);
  });

  it('has about 2.5 relations per entity, every kind, every stance and hedged claims', () => {
    expect(dataset.relations.length / dataset.entities.length).toBeCloseTo(2.5, 1);
    expect(new Set(dataset.entities.map((e) => e.kind))).toEqual(
      new Set(['state', 'bloc', 'official', 'meeting', 'topic']),
    );
    expect(new Set(dataset.relations.map((r) => classifyRelation(r).stance))).toEqual(
      new Set(['cooperation', 'conflict', 'structural']),
    );
    expect(dataset.relations.some((r) => classifyRelation(r).modality === 'hedged')).toBe(true);
  });

  it('says it is synthetic everywhere', () => {
    expect(dataset.synthetic).toBe(true);
    expect(dataset.title.en).toMatch(/^Synthetic/);
    for (const article of dataset.articles) expect(article.paragraphs[0]).toMatch(/synthetic/);
  });

  it('gives the same dataset for the same size and seed, another for another seed', () => {
    expect(generateSyntheticDataset(400, 7)).toEqual(dataset);
    expect(generateSyntheticDataset(400, 8)).not.toEqual(dataset);
  });
});
