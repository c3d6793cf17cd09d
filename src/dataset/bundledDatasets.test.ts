import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDatasetFiles, readManifest } from '../../scripts/bundledDatasets.ts';
import { datasetJsonSchemaText } from '../../scripts/datasetJsonSchema.ts';
import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import { storedPositions } from '../domain/dataset/storedPositions.ts';
import { formatPath, validateDataset } from '../domain/dataset/validateDataset.ts';

const dataDir = new URL('../../data/', import.meta.url);
const manifest = readManifest();
const files = bundledDatasetFiles();

function read(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
}

it('lists every dataset file of data/ in the manifest, the seed first', () => {
  const onDisk = readdirSync(dataDir).filter(
    (name) => name.endsWith('.json') && name !== 'datasets.json' && !name.endsWith('.schema.json'),
  );
  expect(files.map((f) => basename(f)).sort()).toEqual(onDisk.sort());
  expect(manifest.datasets[0]?.id).toBe('lavrov-choe');
});

describe.each(manifest.datasets)('data/$file', (entry) => {
  const json = read(entry.file);

  it('matches the dataset format', () => {
    const result = validateDataset(json);
    const problems = result.ok
      ? []
      : result.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
    expect(problems).toEqual([]);
  });

  // The app loads no layout code for a bundled dataset (main.tsx warms it up only
  // for others), and draws the seed without laying it out on every load.
  it('carries a position for every entity', () => {
    expect(
      storedPositions(json as Dataset),
      `run npm run data:layout -- data/${entry.file} after changing its entities`,
    ).not.toBeNull();
  });

  it('has the id, title and synthetic flag the manifest gives it', () => {
    const dataset = json as Dataset;
    expect([dataset.id, dataset.title.en, dataset.synthetic]).toEqual([
      entry.id,
      entry.title.en,
      entry.synthetic,
    ]);
  });

  // Checked here on its own, not only through validateDataset, because it is the
  // promise the whole app rests on.
  it('quotes every excerpt verbatim from its article, at its recorded place', () => {
    const dataset = json as Dataset;
    const articles = new Map(dataset.articles.map((a) => [a.id, a]));
    const items = [...dataset.entities, ...dataset.relations];
    let checked = 0;
    for (const item of items) {
      expect(item.evidence.length, `${item.id} has evidence`).toBeGreaterThan(0);
      for (const e of item.evidence) {
        const paragraph = articles.get(e.article)?.paragraphs[e.paragraph - 1] ?? '';
        expect(paragraph, `${item.id}: "${e.quote}"`).toContain(e.quote);
        expect(paragraph.slice(e.offset, e.offset + e.quote.length), `${item.id} offset`).toBe(
          e.quote,
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(items.length);
  });

  it('has every relation end and evidence article in the dataset', () => {
    const dataset = json as Dataset;
    const entityIds = new Set(dataset.entities.map((e) => e.id));
    const articleIds = new Set(dataset.articles.map((a) => a.id));
    for (const r of dataset.relations) {
      expect(entityIds, r.id).toContain(r.source);
      expect(entityIds, r.id).toContain(r.target);
    }
    for (const item of [...dataset.entities, ...dataset.relations]) {
      for (const e of item.evidence) expect(articleIds, item.id).toContain(e.article);
    }
  });
});

describe('the seed dataset', () => {
  const seed = read('lavrov-choe.json') as Dataset;
  const [article] = seed.articles;

  it('holds the seed article text unchanged, paragraph for paragraph', () => {
    const original = readFileSync(new URL('articles/a1484f1563c4a089.txt', dataDir), 'utf8');
    expect(article?.paragraphs).toEqual(original.split('\n'));
  });

  it('leaves unknown what the article does not say', () => {
    expect(article).toMatchObject({
      title: null,
      publisher: null,
      author: null,
      published: null,
      url: null,
    });
    const meeting = seed.entities.find((e) => e.kind === 'meeting');
    expect(meeting).toMatchObject({
      date: { date: null, asStated: 'geçtiğimiz günlerde' },
      place: null,
    });
  });

  it('names the actors the issue asks for', () => {
    const ids = seed.entities.map((e) => e.id);
    for (const id of [
      'russia',
      'north-korea',
      'us-and-allies',
      'the-west',
      'sergey-lavrov',
      'choe-son-hui',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('is real reporting, not synthetic', () => {
    expect(seed.synthetic).toBe(false);
  });
});

describe('the fictional dataset', () => {
  const fictional = read('fictional-veld.json') as Dataset;

  it('says it is synthetic in its flag, its title and every article', () => {
    expect(fictional.synthetic).toBe(true);
    expect(fictional.title.en).toMatch(/synthetic/i);
    for (const article of fictional.articles) {
      expect(article.title).toMatch(/fictional|kurgusal/i);
      expect(article.paragraphs[0]).toMatch(/fictional|kurgusal/i);
    }
  });

  it('has English and Turkish articles, dates, places and outlets', () => {
    expect(new Set(fictional.articles.map((a) => a.language))).toEqual(new Set(['en', 'tr']));
    expect(fictional.articles.every((a) => a.published !== null)).toBe(true);
    expect(fictional.articles.some((a) => a.publisher === null)).toBe(true);
    expect(fictional.entities.find((e) => e.kind === 'meeting')).toMatchObject({
      place: { en: 'Port Alder' },
    });
  });
});

it('keeps data/dataset.schema.json in step with the zod schema (npm run data:schema)', () => {
  expect(readFileSync(new URL('dataset.schema.json', dataDir), 'utf8')).toBe(
    datasetJsonSchemaText(),
  );
});
