import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDatasetFile } from './checkData.ts';

const fixtures = new URL('../e2e/fixtures/datasets/', import.meta.url);
const fixture = (name: string) => fileURLToPath(new URL(name, fixtures));

describe('data:check', () => {
  it('passes the valid fixture without errors or warnings', () => {
    expect(checkDatasetFile(fixture('valid-small.json'))).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    ['broken-schema.json', ':42 › entities[1].name: is required (expected object)'],
    ['broken-duplicate-id.json', ':77 › relations[0].id: duplicate id "tesk"'],
    ['broken-dangling-end.json', ':98 › relations[1].target: no entity has the id "atlantis"'],
    [
      'broken-dangling-article.json',
      ':34 › entities[0].evidence[0].article: no article has the id "missing-article"',
    ],
    ['broken-lens-member.json', ':118 › lenses[0].entities[0]: no entity has the id "mars"'],
    [
      'broken-quote.json',
      ':69 › entities[2].evidence[0].quote: the quote is not at paragraph 1, offset 0',
    ],
    ['broken-url.json', ':17 › articles[0].url: must be an absolute http(s) URL'],
    ['broken-date.json', ':16 › articles[0].published: is not a calendar date'],
    ['broken-json.json', ': is not valid JSON'],
  ])('reports %s as an error with its line and path', (name, expected) => {
    const { errors } = checkDatasetFile(fixture(name));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`e2e/fixtures/datasets/${name}${expected}`);
  });

  it('hints at the closest passage for a quote that is not verbatim', () => {
    const [error] = checkDatasetFile(fixture('broken-quote.json')).errors;
    expect(error).toContain('the closest passage is paragraph 1, offset 0: "Minister Arvel Quint"');
  });

  it('warns, without failing, about an entity that takes part in no relation', () => {
    expect(checkDatasetFile(fixture('warning-unrelated-entity.json'))).toEqual({
      errors: [],
      warnings: [
        expect.stringContaining(':74 › entities[3]: "orsk" takes part in no relation') as string,
      ],
    });
  });

  it('has a test for every fixture', () => {
    const names = readdirSync(fixtures);
    expect(names.filter((n) => n.startsWith('broken-'))).toHaveLength(9);
  });
});
