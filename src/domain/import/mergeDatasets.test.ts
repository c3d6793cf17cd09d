import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { validateDataset } from '../dataset/validateDataset.ts';
import { gdeltFormat } from './gdelt/gdeltImporter.ts';
import { importTexts } from './importTexts.ts';
import { mergeDatasets } from './mergeDatasets.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const seed = JSON.parse(read('../../../data/lavrov-choe.json')) as Dataset;
// The seed's states carry their ISO codes; without them, matching falls back to ids and names.
const seedWithoutCodes: Dataset = {
  ...seed,
  entities: seed.entities.map((entity) =>
    entity.kind === 'state' ? { ...entity, country: undefined } : entity,
  ),
};
const imported = importTexts(
  gdeltFormat,
  [
    { name: 'e.CSV', role: 'events', text: read('fixtures/gdelt-20240619.export.CSV') },
    { name: 'm.CSV', role: 'mentions', text: read('fixtures/gdelt-20240619.mentions.CSV') },
  ],
  { id: 'gdelt', title: 'GDELT' },
).dataset;

describe('mergeDatasets', () => {
  it('matches states by id, then by folded name or alias, and adds the rest', () => {
    const { report } = mergeDatasets(seedWithoutCodes, imported);
    expect(report.matched).toEqual([
      { imported: 'russian-federation', existing: 'russia', by: 'name' },
      { imported: 'north-korea', existing: 'north-korea', by: 'id' },
      { imported: 'united-states-of-america', existing: 'united-states', by: 'name' },
    ]);
    expect(report.added.entities).toBe(2); // South Korea, and an official of North Korea's
    expect(report.added.relations).toBe(imported.relations.length);
  });

  it('matches the seed’s states by their ISO codes', () => {
    expect(mergeDatasets(seed, imported).report.matched.map((m) => m.by)).toEqual([
      'country',
      'country',
      'country',
    ]);
  });

  it('matches by ISO country code first, whatever the name', () => {
    const renamed: Dataset = {
      ...seed,
      entities: seed.entities.map((entity) =>
        entity.id === 'russia' && entity.kind === 'state'
          ? { ...entity, name: { en: 'Moscow government' }, country: 'RUS' }
          : entity,
      ),
    };
    const { report } = mergeDatasets(renamed, imported);
    expect(report.matched[0]).toEqual({
      imported: 'russian-federation',
      existing: 'russia',
      by: 'country',
    });
  });

  it('gives a dataset that passes data:check, the seed kept and the imported relations on its entities', () => {
    const { dataset } = mergeDatasets(seed, imported);
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(dataset.entities.slice(0, seed.entities.length).map((e) => e.id)).toEqual(
      seed.entities.map((e) => e.id),
    );
    expect(
      dataset.relations.some(
        (r) => r.source === 'russia' && r.target === 'north-korea' && r.cameo === '040',
      ),
    ).toBe(true);
    expect(dataset.entities.find((e) => e.id === 'russia')?.evidence).toEqual(
      seed.entities.find((e) => e.id === 'russia')?.evidence,
    );
  });

  it('leaves out a relation the dataset already has, and says why', () => {
    const once = mergeDatasets(seed, imported).dataset;
    const { report } = mergeDatasets(once, imported);
    expect(report.added.relations).toBe(0);
    expect(report.leftOut[0]?.reason).toBe(
      'the dataset already has this relation (same ends, kind, code and day)',
    );
    expect(report.added.articles).toBe(0);
  });
});
