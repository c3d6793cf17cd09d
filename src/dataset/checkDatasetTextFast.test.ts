import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedDataset } from '../testSupport/seedDataset.ts';
import { checkDatasetText } from './checkDatasetText.ts';
import { checkDatasetTextFast } from './checkDatasetTextFast.ts';

const hostileDir = new URL('../../e2e/fixtures/hostile/', import.meta.url);
const hostile = readdirSync(hostileDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, readFileSync(new URL(name, hostileDir), 'latin1')] as const);

describe('checkDatasetTextFast, the page’s check without zod', () => {
  it('passes the seed dataset as checkDatasetText does, warnings included', () => {
    const text = JSON.stringify(seedDataset());
    const fast = checkDatasetTextFast(text);
    expect(fast?.kind).toBe('valid');
    expect(fast).toEqual(checkDatasetText(text));
  });

  it('answers like checkDatasetText whenever it answers, and leaves to zod only a refused shape', () => {
    let refusedShapes = 0;
    for (const [name, text] of hostile) {
      const fast = checkDatasetTextFast(text);
      const full = checkDatasetText(text);
      if (fast === null) {
        refusedShapes += 1;
        // What the compiled check refuses, zod refuses too (or accepts only after trimming).
        expect.soft(full.kind, name).not.toBe('not-json');
      } else expect.soft(fast, name).toEqual(full);
    }
    // The fixtures hold files of every outcome, so both branches ran.
    expect(refusedShapes).toBeGreaterThan(0);
    expect(refusedShapes).toBeLessThan(hostile.length);
  });

  it('says why text is not JSON, and lists broken references, without zod', () => {
    expect(checkDatasetTextFast('{"formatVersion": 1,, }')).toMatchObject({ kind: 'not-json' });
    const dangling = seedDataset();
    dangling.relations[0]!.target = 'atlantis';
    const fast = checkDatasetTextFast(JSON.stringify(dangling));
    expect(fast?.kind).toBe('invalid');
    expect(fast).toEqual(checkDatasetText(JSON.stringify(dangling)));
  });

  it('returns null for a wrong shape, which checkDatasetText explains with zod’s messages', () => {
    const unnamed = seedDataset() as unknown as { entities: { name: object }[] };
    unnamed.entities[2]!.name = { tr: 'ABD' };
    const text = JSON.stringify(unnamed);
    expect(checkDatasetTextFast(text)).toBeNull();
    const full = checkDatasetText(text);
    expect(full.kind === 'invalid' && full.problems.map((p) => p.path.join('.'))).toContain(
      'entities.2.name.en',
    );
  });
});
