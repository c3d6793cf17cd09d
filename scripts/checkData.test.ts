import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDatasetFile } from './checkData.ts';

const fixtures = new URL('../e2e/fixtures/datasets/', import.meta.url);
const fixture = (name: string) => fileURLToPath(new URL(name, fixtures));
const hostileFixtures = new URL('../e2e/fixtures/hostile/', import.meta.url);
const hostile = (name: string) => fileURLToPath(new URL(name, hostileFixtures));

/** One broken fixture per rule of data:check, and what it must report. */
const BROKEN: [string, string][] = [
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
  ['broken-json.json', ':4: is not valid JSON (PropertyNameExpected)'],
  ['broken-duplicate-article.json', ':25 › articles[1].id: duplicate article id "synthetic-note"'],
  [
    'broken-paragraph.json',
    ':35 › entities[0].evidence[0].paragraph: article "synthetic-note" has 1 paragraph, not 3',
  ],
  [
    'broken-hedged-without-cue.json',
    ':101 › relations[1].evidence[0].cue: a hedged excerpt names the words that hedge it',
  ],
  ['broken-missing-gloss.json', ':33 › entities[0].evidence[0].gloss: the article is in "tr"'],
  [
    'broken-as-stated.json',
    ':112 › relations[1].start.asStated: "last spring" does not occur in any excerpt',
  ],
  [
    'broken-end-kind.json',
    ':79 › relations[0].source: a holds-office relation cannot start at a state',
  ],
  [
    'broken-cameo-stance.json',
    ':99 › relations[1].cameo: CAMEO 17 means conflict, which does not fit supports',
  ],
  [
    'broken-missing-role.json',
    ':76 › relations[0].role: holds-office needs the office held as "role"',
  ],
  ['broken-mutual-symmetric.json', ':110 › relations[1].mutual: cooperates-with has no direction'],
];

describe('data:check', () => {
  it('passes the valid fixture without errors or warnings', () => {
    expect(checkDatasetFile(fixture('valid-small.json'))).toEqual({ errors: [], warnings: [] });
  });

  it.each(BROKEN)('reports %s as an error with its line and path', (name, expected) => {
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

  it('warns, without failing, about an article no excerpt cites', () => {
    expect(checkDatasetFile(fixture('warning-uncited-article.json'))).toEqual({
      errors: [],
      warnings: [
        expect.stringContaining(
          ':24 › articles[1]: no excerpt cites article "synthetic-unused"',
        ) as string,
      ],
    });
  });

  it('has a test for every fixture', () => {
    const names = readdirSync(fixtures);
    expect(names.filter((n) => n.startsWith('broken-')).sort()).toEqual(
      BROKEN.map(([name]) => name).sort(),
    );
  });
});

/** The hostile fixtures data:check must reject, with every error it must print. */
const HOSTILE_REJECTED: [string, string[]][] = [
  [
    'bad-dates.json',
    [
      ':16 › articles[0].published: is not a calendar date',
      ':111 › relations[1].start.date: is not a calendar date',
      ':114 › relations[1].end.date: must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
    ],
  ],
  [
    'deep-nesting.json',
    [
      ` › entities${'[0]'.repeat(31)}: nests deeper than 32 levels; a dataset needs fewer than 10, so this is not a dataset`,
    ],
  ],
  [
    'duplicates-and-dangling.json',
    [
      ':75 › entities[3].id: duplicate id "tesk"',
      ':66 › entities[2].evidence[0].article: no article has the id "missing-article"',
      ':114 › relations[1].target: no entity has the id "atlantis"',
      ':134 › lenses[0].entities[0]: no entity has the id "mars"',
    ],
  ],
  [
    'markup-rejected.json',
    [
      ':17 › articles[0].url: must be an absolute http(s) URL',
      ':26 › entities[0]: Unrecognized key: "<img src=x onerror="window.__pwned=1">"',
      ':46 › entities[1].name.<U+202E>evil: "<U+202E>evil" is not a BCP 47 language tag',
    ],
  ],
  ['not-utf8.json', [':30: is not UTF-8 text']],
  [
    'proto-keys.json',
    [
      ':122 › __proto__: "__proto__" is not allowed as a key',
      ':31 › entities[0].name.__proto__: "__proto__" is not allowed as a key',
      ':43 › entities[0].aliases.__proto__: "__proto__" is not allowed as a key',
      ':117 › positions.__proto__: "__proto__" is not allowed as a key',
    ],
  ],
];

/** Misquotes made to be as slow as possible to find a near match for. */
const SLOW_MISQUOTES = 'slow-misquotes.json';

/** Hostile text the app must show as text: data:check lets it through. */
const HOSTILE_ACCEPTED = ['bidi.json', 'long-name.json', 'markup.json', 'prototype-ids.json'];

describe('data:check on hostile datasets', () => {
  it.each(HOSTILE_REJECTED)('rejects %s, each problem with its line and path', (name, expected) => {
    const { errors } = checkDatasetFile(hostile(name));
    expect(errors).toEqual(
      expected.map(
        (line) => expect.stringContaining(`e2e/fixtures/hostile/${name}${line}`) as string,
      ),
    );
  });

  it.each(HOSTILE_ACCEPTED)('accepts %s without errors or warnings', (name) => {
    expect(checkDatasetFile(hostile(name))).toEqual({ errors: [], warnings: [] });
  });

  it('rejects 40 long misquotes of a 48 KB article without hanging on the near-match hint', () => {
    // Each misquote is 599 characters of the article's own words in another order: the
    // worst case for the hint, which once compared them with every word for minutes.
    const { errors } = checkDatasetFile(hostile(SLOW_MISQUOTES));
    expect(errors).toEqual(
      Array.from(
        { length: 40 },
        (_, i) =>
          expect.stringMatching(
            new RegExp(
              `› entities\\[0\\]\\.evidence\\[${i + 1}\\]\\.quote: the quote is not at paragraph 1, offset 0 of "synthetic-slow": it does not occur anywhere in the article$`,
            ),
          ) as string,
      ),
    );
  });

  it('has a test for every hostile fixture', () => {
    expect(readdirSync(hostileFixtures).sort()).toEqual(
      [...HOSTILE_REJECTED.map(([name]) => name), ...HOSTILE_ACCEPTED, SLOW_MISQUOTES].sort(),
    );
  });
});
