import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedPositions } from '../domain/dataset/storedPositions.ts';
import { formatPath } from '../domain/dataset/validateDataset.ts';
import { checkDatasetText } from './checkDatasetText.ts';

const hostile = (name: string) =>
  readFileSync(new URL(`../../e2e/fixtures/hostile/${name}`, import.meta.url), 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checkDatasetText on hostile datasets', () => {
  it('keeps markup in every field as text, character for character', () => {
    const check = checkDatasetText(hostile('markup.json'));
    expect(check.kind).toBe('valid');
    if (check.kind !== 'valid') return;
    const names = check.dataset.entities.map((e) => e.name.en);
    expect(names).toContain('Norland<script>window.__pwned=1</script>');
    expect(names).toContain('<img src=x onerror="window.__pwned=1">Arvel Quint');
    expect(names).toContain('javascript:window.__pwned=1');
    expect(check.dataset.articles[0]!.publisher).toBe(
      '<script>window.__pwned=1</script>Wire (fictional)',
    );
  });

  it('reads ids named like Object.prototype members through own keys only', () => {
    const check = checkDatasetText(hostile('prototype-ids.json'));
    expect(check.kind).toBe('valid');
    if (check.kind !== 'valid') return;
    expect(storedPositions(check.dataset)?.constructor).toEqual([0, 0]);
    expect(storedPositions(check.dataset)?.prototype).toEqual([200, 0]);
  });

  it('warns about positions that leave out an entity called "constructor"', () => {
    const dataset = JSON.parse(hostile('prototype-ids.json')) as { positions: object };
    dataset.positions = { prototype: [200, 0], 'arvel-quint': [100, 150] };
    const check = checkDatasetText(JSON.stringify(dataset));
    expect(check.kind === 'valid' && check.warnings.map((w) => w.message)).toEqual([
      '1 entities have no position, so the positions are not used (run npm run data:layout again)',
    ]);
  });

  it('rejects __proto__ keys and leaves Object.prototype as it was', () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    const check = checkDatasetText(hostile('proto-keys.json'));
    expect(check.kind === 'invalid' && check.problems.map((p) => formatPath(p.path))).toEqual([
      '__proto__',
      'entities[0].name.__proto__',
      'entities[0].aliases.__proto__',
      'positions.__proto__',
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('answers 100,000 nested arrays with a problem, not a crash', () => {
    const check = checkDatasetText(hostile('deep-nesting.json'));
    expect(check.kind === 'invalid' && check.problems[0]!.message).toContain(
      'nests deeper than 32 levels',
    );
  });

  it('says "nests too deeply" when the parser runs out of stack', () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(checkDatasetText('[[[[')).toEqual({
      kind: 'not-json',
      message: 'it nests too deeply to be read',
    });
  });

  it('writes out bidi overrides the parser quotes from broken text', () => {
    const check = checkDatasetText('{"a": \u202Eoops}');
    expect(check.kind).toBe('not-json');
    expect(check.kind === 'not-json' && check.message).not.toContain('\u202E');
  });
});
