import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../testSupport/syntheticDraft.ts';
import type { Dataset } from './datasetSchema.ts';
import { formatPath, validateDataset, type DatasetProblem } from './validateDataset.ts';
import { QUOTE_SEARCH_BUDGET_CHARS } from './validateDatasetFast.ts';

// A small synthetic dataset with fictional names, not real reporting.
function fictional(): Dataset {
  const paragraph = 'Minister Arvel Quint of Norland met Tesk officials. Norland may aid Tesk.';
  const quote = (text: string, extra: object = {}) => ({
    article: 'synthetic-1',
    paragraph: 1,
    offset: paragraph.indexOf(text),
    quote: text,
    modality: 'stated' as const,
    ...extra,
  });
  return {
    formatVersion: 1,
    id: 'fictional',
    title: { en: 'Fictional test data (synthetic)' },
    synthetic: true,
    articles: [syntheticArticle('synthetic-1', [paragraph])],
    entities: [
      { id: 'norland', kind: 'state', name: { en: 'Norland' }, evidence: [quote('Norland')] },
      { id: 'tesk', kind: 'state', name: { en: 'Tesk' }, evidence: [quote('Tesk')] },
      {
        id: 'arvel-quint',
        kind: 'official',
        name: { en: 'Arvel Quint' },
        evidence: [quote('Minister Arvel Quint')],
      },
    ],
    relations: [
      {
        id: 'quint-office',
        kind: 'holds-office',
        source: 'arvel-quint',
        target: 'norland',
        role: { en: 'Minister' },
        evidence: [quote('Minister Arvel Quint of Norland')],
      },
      {
        id: 'norland-aids-tesk',
        kind: 'supports',
        source: 'norland',
        target: 'tesk',
        cameo: '07',
        evidence: [quote('Norland may aid Tesk', { modality: 'hedged', cue: 'may' })],
      },
    ],
  };
}

function problemsOf(dataset: unknown): DatasetProblem[] {
  const result = validateDataset(dataset);
  return result.ok ? [] : result.problems;
}

function pathsOf(dataset: unknown): string[] {
  return problemsOf(dataset).map((p) => formatPath(p.path));
}

describe('validateDataset', () => {
  it('accepts a well-formed dataset', () => {
    expect(problemsOf(fictional())).toEqual([]);
  });

  it('reports a missing English name at its path', () => {
    const data = fictional();
    data.entities[1]!.name = { tr: 'Tesk' } as never;
    expect(pathsOf(data)).toEqual(['entities[1].name.en']);
  });

  it('reports an excerpt that is not verbatim, with where the words really are', () => {
    const data = fictional();
    data.entities[1]!.evidence[0]!.offset = 0;
    const [problem] = problemsOf(data);
    expect(formatPath(problem!.path)).toBe('entities[1].evidence[0].quote');
    expect(problem!.message).toContain('paragraph 1, offset 36; paragraph 1, offset 68');
  });

  it('reports an excerpt found nowhere in the article', () => {
    const data = fictional();
    data.entities[0]!.evidence[0]!.quote = 'Southland';
    expect(problemsOf(data)[0]!.message).toContain('does not occur anywhere');
  });

  it('stops searching long articles for misplaced quotes once its budget is spent', () => {
    const data = fictional();
    // About 2.3 MB of fictional text, and 80 quotes found nowhere in it: each search
    // reads the whole article, so the budget allows about 40 of them.
    const filler = 'Norland met Tesk officials. '.repeat(80_000);
    data.articles[0]!.paragraphs = [`${data.articles[0]!.paragraphs[0]!} ${filler}`];
    const length = data.articles[0]!.paragraphs[0]!.length;
    const searches = Math.floor(QUOTE_SEARCH_BUDGET_CHARS / length);
    data.entities[0]!.evidence = Array.from({ length: 80 }, (_, i) => ({
      ...data.entities[0]!.evidence[0]!,
      quote: `Southland ${i}`,
    }));
    const messages = problemsOf(data).map((p) => p.message);
    expect(messages).toHaveLength(80);
    expect(messages.slice(0, searches).every((m) => m.includes('does not occur anywhere'))).toBe(
      true,
    );
    expect(messages.slice(searches).every((m) => m.includes('was not searched'))).toBe(true);
    expect(searches).toBeGreaterThan(10);
    expect(searches).toBeLessThan(80);
  });

  it('reports a relation whose end does not exist', () => {
    const data = fictional();
    data.relations[1]!.target = 'nowhere';
    expect(pathsOf(data)).toEqual(['relations[1].target']);
  });

  it('reports an evidence article that does not exist', () => {
    const data = fictional();
    data.relations[0]!.evidence[0]!.article = 'missing-article';
    expect(pathsOf(data)).toEqual(['relations[0].evidence[0].article']);
  });

  it('reports duplicate ids across entities and relations', () => {
    const data = fictional();
    data.relations[0]!.id = 'tesk';
    expect(pathsOf(data)).toEqual(['relations[0].id']);
  });

  it('reports a relation end of the wrong kind', () => {
    const data = fictional();
    data.relations[0]!.source = 'tesk';
    expect(problemsOf(data)[0]!.message).toBe('a holds-office relation cannot start at a state');
  });

  it('reports a CAMEO code that contradicts the kind', () => {
    const data = fictional();
    data.relations[1]!.cameo = '17';
    expect(problemsOf(data)[0]!.message).toContain('means conflict');
  });

  it('reports a hedged excerpt without its cue', () => {
    const data = fictional();
    delete data.relations[1]!.evidence[0]!.cue;
    expect(pathsOf(data)).toEqual(['relations[1].evidence[0].cue']);
  });

  it('requires an English gloss for excerpts of non-English articles', () => {
    const data = fictional();
    data.articles[0]!.language = 'tr';
    expect(pathsOf(data)).toHaveLength(5);
    expect(pathsOf(data)[0]).toBe('entities[0].evidence[0].gloss');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/', 'not a url'])(
    'rejects the article URL %j',
    (url) => {
      const data = fictional();
      data.articles[0]!.url = url;
      expect(pathsOf(data)).toEqual(['articles[0].url']);
    },
  );

  it.each(['2024-02-30', '2024-13', '24-01-01'])('rejects the date %j', (date) => {
    const data = fictional();
    data.articles[0]!.published = date;
    expect(pathsOf(data)).toEqual(['articles[0].published']);
  });

  it('rejects unknown fields, so typos do not pass silently', () => {
    const data = { ...fictional(), titel: 'x' };
    expect(problemsOf(data)[0]!.message).toContain('titel');
  });

  it.each<[string, (d: Dataset) => void, string]>([
    [
      'a CAMEO code on a structural kind',
      (d: Dataset) => {
        d.relations[0]!.cameo = '04';
      },
      'relations[0].cameo',
    ],
    [
      'mutual on a symmetric kind',
      (d: Dataset) => {
        d.relations[1]!.kind = 'cooperates-with';
        d.relations[1]!.mutual = true;
      },
      'relations[1].mutual',
    ],
    [
      'mutual on a structural kind',
      (d: Dataset) => {
        d.relations[0]!.mutual = true;
      },
      'relations[0].mutual',
    ],
    [
      'holds-office without its role',
      (d: Dataset) => {
        delete d.relations[0]!.role;
      },
      'relations[0].role',
    ],
    [
      'a role on another kind',
      (d: Dataset) => {
        d.relations[1]!.role = { en: 'Minister' };
      },
      'relations[1].role',
    ],
    [
      'a relation from an entity to itself',
      (d: Dataset) => {
        d.relations[1]!.target = 'norland';
      },
      'relations[1].target',
    ],
    [
      'asStated words not in any excerpt',
      (d: Dataset) => {
        d.relations[1]!.start = { date: null, asStated: 'last week' };
      },
      'relations[1].start.asStated',
    ],
    [
      'a cue that is not in the quote',
      (d: Dataset) => {
        d.relations[1]!.evidence[0]!.cue = 'might';
      },
      'relations[1].evidence[0].cue',
    ],
    [
      'a cue on a stated excerpt',
      (d: Dataset) => {
        d.entities[0]!.evidence[0]!.cue = 'Norland';
      },
      'entities[0].evidence[0].cue',
    ],
    [
      'a duplicate article id',
      (d: Dataset) => {
        d.articles.push({ ...d.articles[0]! });
      },
      'articles[1].id',
    ],
    [
      'a language tag not in canonical form',
      (d: Dataset) => {
        d.articles[0]!.language = 'EN';
      },
      'articles[0].language',
    ],
    [
      'a name keyed by a non-canonical tag',
      (d: Dataset) => {
        d.entities[0]!.name = { en: 'Norland', 'tr-tr': 'Norland' };
      },
      'entities[0].name.tr-tr',
    ],
    [
      'a paragraph beyond the article',
      (d: Dataset) => {
        d.entities[0]!.evidence[0]!.paragraph = 2;
      },
      'entities[0].evidence[0].paragraph',
    ],
    [
      'a lens naming a missing entity',
      (d: Dataset) => {
        d.lenses = [{ id: 'l', name: { en: 'L' }, entities: ['mars'] }];
      },
      'lenses[0].entities[0]',
    ],
    [
      'a lens naming a relation as an entity',
      (d: Dataset) => {
        d.lenses = [{ id: 'l', name: { en: 'L' }, entities: ['quint-office'] }];
      },
      'lenses[0].entities[0]',
    ],
    [
      'two lenses with one id',
      (d: Dataset) =>
        (d.lenses = [
          { id: 'l', name: { en: 'L' } },
          { id: 'l', name: { en: 'M' } },
        ]),
      'lenses[1].id',
    ],
  ])('reports %s', (_name, breakIt, path) => {
    const data = fictional();
    breakIt(data);
    expect(pathsOf(data)).toEqual([path]);
  });

  it('asks no gloss of an article in regional English', () => {
    const data = fictional();
    data.articles[0]!.language = 'en-GB';
    expect(problemsOf(data)).toEqual([]);
  });

  describe('hostile input', () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

    it('keeps markup in names, notes and titles verbatim: it is text to show, not to run', () => {
      const data = fictional();
      data.entities[0]!.name = { en: `Norland${payload}` };
      data.entities[0]!.note = { en: 'javascript:window.__pwned=1' };
      data.articles[0]!.title = payload;
      const result = validateDataset(data);
      expect(result.ok && result.dataset.entities[0]!.name.en).toBe(`Norland${payload}`);
      expect(result.ok && result.dataset.articles[0]!.title).toBe(payload);
    });

    it.each([
      ['a right-to-left override', 'nor\u202eland'],
      ['a zero-width space', 'nor\u200bland'],
      ['a byte-order mark', '\ufeffnorland'],
      ['markup', '<b>norland</b>'],
      ['__proto__', '__proto__'],
    ])('rejects an id with %s', (_what, id) => {
      const data = fictional();
      data.entities[0]!.id = id;
      expect(pathsOf(data)).toContain('entities[0].id');
    });

    it('accepts Object.prototype names as ids, and keeps positions keyed by them', () => {
      const data = fictional();
      data.entities[0]!.id = 'constructor';
      data.relations[0]!.target = 'constructor';
      data.relations[1]!.source = 'constructor';
      data.positions = {
        constructor: [1, 2] as [number, number],
        tesk: [3, 4],
        'arvel-quint': [5, 6],
      };
      const result = validateDataset(data);
      expect(result.ok && result.dataset.positions).toEqual({
        constructor: [1, 2],
        tesk: [3, 4],
        'arvel-quint': [5, 6],
      });
    });

    it('rejects a position for "constructor" when no entity has that id', () => {
      const data = fictional();
      data.positions = { constructor: [1, 2] as [number, number] };
      expect(problemsOf(data)).toEqual([
        { path: ['positions', 'constructor'], message: 'no entity has the id "constructor"' },
      ]);
    });

    it('rejects __proto__ keys, which zod would silently drop', () => {
      const text = JSON.stringify({
        ...fictional(),
        entities: fictional().entities.map((e, i) =>
          i === 0 ? { ...e, aliases: { PROTO: ['x'] }, name: { en: 'Norland', PROTO: 'y' } } : e,
        ),
        positions: { PROTO: [1, 2] },
      }).replaceAll('"PROTO"', '"__proto__"');
      expect(pathsOf(JSON.parse(text))).toEqual([
        'entities[0].name.__proto__',
        'entities[0].aliases.__proto__',
        'positions.__proto__',
      ]);
    });

    it('reports junk nested 100,000 deep as such', () => {
      const junk: unknown = JSON.parse(
        `{"entities": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      );
      expect(problemsOf(junk)).toEqual([
        expect.objectContaining({ message: expect.stringContaining('nests deeper') as string }),
      ]);
    });

    it.each(['2024-02-30', '2024-13-01', 'yesterday', '2024-00', '2023-02-29'])(
      'rejects the invalid date %j',
      (date) => {
        const data = fictional();
        data.relations[1]!.start = { date };
        expect(pathsOf(data)).toEqual(['relations[1].start.date']);
      },
    );

    it('quotes hostile text in messages with its invisible characters written out, and cut', () => {
      const data = fictional() as unknown as { entities: Record<string, unknown>[] };
      data.entities[0]!.name = { en: 'Norland', '\u202Eevil': 'x' };
      data.entities[1]![`\u202E${'k'.repeat(100_000)}`] = 1;
      const [name, key] = problemsOf(data);
      expect(name!.message).toBe('"<U+202E>evil" is not a BCP 47 language tag');
      expect(formatPath(name!.path)).toBe('entities[0].name.<U+202E>evil');
      expect(key!.message).toMatch(/^Unrecognized key: "<U\+202E>k+…$/);
      expect(key!.message.length).toBeLessThan(1100);
    });
  });

  test.prop([fc.anything()])('never throws on any input', (input) => {
    expect(validateDataset(input).ok).toBe(false);
  });

  // Every place in a valid dataset, replaced by anything: the checks must answer, not crash.
  const paths: (string | number)[][] = [];
  const collect = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => collect(v, [...path, i]));
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) collect(v, [...path, k]);
    }
  };
  collect(fictional(), []);
  test.prop([fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.anything()], {
    numRuns: 1000,
  })('never throws when any part of a valid dataset is replaced', (path, replacement) => {
    const data = fictional() as unknown as Record<string | number, unknown>;
    let parent = data;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path.at(-1)!] = replacement;
    expect(() => validateDataset(data)).not.toThrow();
  });
});

describe('validateDataset: citations (imported items whose article text is not held)', () => {
  // A fictional event row: the article is known by its URL only, its text is not held.
  function cited(): Dataset {
    const data = fictional();
    data.articles.push({
      id: 'synthetic-report',
      language: 'en',
      title: null,
      publisher: 'example.org',
      author: null,
      published: '2024-06-19',
      url: 'https://example.org/synthetic-report',
      licence: null,
      annotatedBy: 'import:gdelt',
      paragraphs: [],
    });
    data.relations[1]!.evidence = [];
    data.relations[1]!.citations = [
      {
        article: 'synthetic-report',
        locator: { sentence: 3, actor1Offset: 120, actor2Offset: -1, actionOffset: 140 },
        source: { format: 'gdelt', file: 'synthetic.export.CSV', row: 1, id: '1000001' },
      },
    ];
    return data;
  }

  it('accepts a relation backed only by a citation of an article with a URL and no text', () => {
    expect(problemsOf(cited())).toEqual([]);
  });

  it('still requires an excerpt or a citation', () => {
    const data = cited();
    data.relations[1]!.citations = [];
    expect(problemsOf(data)).toEqual([
      {
        path: ['relations', 1, 'evidence'],
        message: 'needs at least one excerpt (or, for imported items, a citation)',
      },
    ]);
  });

  it('reports a citation of an article that cannot be found: no URL, no identifier', () => {
    const data = cited();
    data.articles[1]!.url = null;
    expect(pathsOf(data)).toEqual(['articles[1].paragraphs', 'relations[1].citations[0].article']);
    data.articles[1]!.identifier = 'story-20240619-0001';
    expect(problemsOf(data)).toEqual([]);
  });

  it('reports a citation of a missing article', () => {
    const data = cited();
    data.relations[1]!.citations![0]!.article = 'nowhere';
    expect(problemsOf(data)[0]!.message).toBe('no article has the id "nowhere"');
  });

  it('refuses an excerpt of an article whose text is not held, rather than trusting the quote', () => {
    const data = cited();
    data.relations[1]!.evidence = [
      {
        article: 'synthetic-report',
        paragraph: 1,
        offset: 0,
        quote: 'Norland',
        modality: 'stated',
      },
    ];
    expect(problemsOf(data)[0]!.message).toContain('has no text here (it is only cited)');
  });
});

describe('formatPath', () => {
  it('writes paths as people do', () => {
    expect(formatPath(['entities', 3, 'evidence', 0, 'quote'])).toBe(
      'entities[3].evidence[0].quote',
    );
    expect(formatPath([])).toBe('(top level)');
  });
});
