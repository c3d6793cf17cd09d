import { expect, it } from 'vitest';
import { formatPath } from './validateDataset.ts';
import { checkJsonStructure, MAX_JSON_DEPTH } from './checkJsonStructure.ts';

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

it('reports junk nested 100,000 deep once, at a short path, without overflowing the stack', () => {
  const junk = JSON.parse(`{"entities": ${nested(100_000)}}`) as unknown;
  const problems = checkJsonStructure(junk);
  expect(problems).toHaveLength(1);
  expect(problems[0]!.path).toHaveLength(MAX_JSON_DEPTH);
  expect(formatPath(problems[0]!.path)).toMatch(/^entities\[0\]\[0\]/);
  expect(problems[0]!.message).toContain('nests deeper than 32 levels');
});

it('accepts nesting as deep as the format needs', () => {
  expect(checkJsonStructure(JSON.parse(nested(MAX_JSON_DEPTH)))).toEqual([]);
});

it('reports every __proto__ key, wherever it is', () => {
  const json = JSON.parse(
    '{"__proto__": {"polluted": true}, "entities": [{"name": {"en": "x", "__proto__": "y"}}], "positions": {"__proto__": [1, 2]}}',
  ) as unknown;
  expect(checkJsonStructure(json).map((p) => formatPath(p.path))).toEqual([
    '__proto__',
    'entities[0].name.__proto__',
    'positions.__proto__',
  ]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

it('lets constructor and prototype through: they are ordinary keys in JSON', () => {
  expect(checkJsonStructure({ positions: { constructor: [0, 0], prototype: [1, 1] } })).toEqual([]);
});

it('stops after 20 problems', () => {
  const many = `[${Array.from({ length: 50 }, () => '{"__proto__": 1}').join(',')}]`;
  expect(checkJsonStructure(JSON.parse(many))).toHaveLength(20);
});
