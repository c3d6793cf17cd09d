import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkJsonStructure } from '../domain/dataset/checkJsonStructure.ts';
import { zodShape } from '../domain/dataset/validateDataset.ts';
import { printable, referencesChecked } from '../domain/dataset/validateDatasetFast.ts';
import { seedDataset } from '../testSupport/seedDataset.ts';
import {
  checkDatasetTextFast,
  checkDatasetTextForWorker,
  checkDatasetTextLoadingZod,
  checkOutcome,
  parseDatasetText,
} from './checkDatasetTextFast.ts';
import { completeWorkerCheck, type DatasetCheck } from './datasetCheck.ts';

const hostileDir = new URL('../../e2e/fixtures/hostile/', import.meta.url);
// As UTF-8, so bidi overrides and the like reach the checks; the one file that is
// not UTF-8 is read by the browser's decoder in its own journey.
const hostile = readdirSync(hostileDir)
  .filter((name) => name.endsWith('.json') && name !== 'not-utf8.json')
  .map((name) => [name, readFileSync(new URL(name, hostileDir), 'utf8')] as const);

/** The answer with zod deciding the shape, no compiled check involved: the reference. */
function zodReference(text: string): DatasetCheck {
  const parsed = parseDatasetText(text);
  if (!('json' in parsed)) return parsed;
  const structural = checkJsonStructure(parsed.json);
  if (structural.length > 0) return { kind: 'invalid', problems: structural.map(printable) };
  const shaped = zodShape(parsed.json);
  return checkOutcome(shaped.ok ? referencesChecked(shaped.dataset) : shaped);
}

describe('checkDatasetTextFast, the page’s check without zod', () => {
  it('passes the seed dataset, warnings included, as zod does', () => {
    const text = JSON.stringify(seedDataset());
    const fast = checkDatasetTextFast(text);
    expect(fast?.kind).toBe('valid');
    expect(fast).toEqual(zodReference(text));
  });

  it('answers as zod does whenever it answers, and leaves to zod only what zod refuses or rewrites', () => {
    let left = 0;
    for (const [name, text] of hostile) {
      const fast = checkDatasetTextFast(text);
      const reference = zodReference(text);
      if (fast !== null) {
        expect.soft(fast, name).toEqual(reference);
        continue;
      }
      left += 1;
      // Refused by the compiled check: zod refuses it too, or accepts it only changed (trimmed).
      const json = JSON.parse(text) as unknown;
      const shaped = zodShape(json);
      if (shaped.ok) expect.soft(shaped.dataset, name).not.toEqual(json);
      else expect.soft(reference.kind, name).toBe('invalid');
    }
    // The fixtures hold files of both kinds, so both branches ran.
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(hostile.length);
  });

  it('returns null for a wrong shape, which zod then explains', async () => {
    const unnamed = seedDataset() as unknown as { entities: { name: object }[] };
    unnamed.entities[2]!.name = { tr: 'ABD' };
    const text = JSON.stringify(unnamed);
    expect(checkDatasetTextFast(text)).toBeNull();
    const full = await checkDatasetTextLoadingZod(text);
    expect(full.kind === 'invalid' && full.problems.map((p) => p.path.join('.'))).toContain(
      'entities.2.name.en',
    );
  });
});

describe('checkDatasetTextLoadingZod, what the page and the worker run', () => {
  it('gives zod’s answer on every hostile file and on text that is not JSON', async () => {
    for (const [name, text] of [...hostile, ['not JSON', '{"formatVersion": 1,, }'] as const])
      expect.soft(await checkDatasetTextLoadingZod(text), name).toEqual(zodReference(text));
  });
});

describe('checkDatasetTextForWorker, what the check worker answers', () => {
  it('sends a valid dataset back only when zod rewrote it; the page parses the rest', async () => {
    const sent: string[] = [];
    const seed = JSON.stringify(seedDataset());
    for (const [name, text] of [...hostile, ['seed', seed] as const]) {
      const answer = await checkDatasetTextForWorker(text);
      // Completed by the page, it is the page's own answer, zod's.
      expect.soft(completeWorkerCheck(text, answer), name).toEqual(zodReference(text));
      if (answer.kind === 'valid') sent.push(name);
    }
    expect(await checkDatasetTextForWorker(seed)).toEqual({
      kind: 'valid-as-parsed',
      warnings: [],
    });
    // A file zod accepts trimmed is sent as zod made it: parsing its text would undo that.
    for (const name of sent) {
      const text = hostile.find(([n]) => n === name)![1];
      const answer = await checkDatasetTextForWorker(text);
      expect.soft(answer.kind === 'valid' && answer.dataset, name).not.toEqual(JSON.parse(text));
    }
  });
});
