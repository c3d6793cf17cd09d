import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';

const tsx = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], {
    encoding: 'utf8',
  });

describe('the article workflow', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-'));
  const dataset = join(dir, 'set.json');
  copyFileSync('e2e/fixtures/datasets/valid-small.json', dataset);
  writeFileSync(
    join(dir, 'note.txt'),
    'A fictional second note.\r\n\r\nIt names Tesk’s harbour.\n',
  );

  it('adds a text file as an article, unknowns left null', () => {
    const run = tsx('addArticle.ts', [
      dataset,
      join(dir, 'note.txt'),
      '--id',
      'synthetic-second',
      '--language',
      'en',
    ]);
    expect(run.status).toBe(0);
    const article = (JSON.parse(readFileSync(dataset, 'utf8')) as Dataset).articles[1];
    expect(article).toMatchObject({
      id: 'synthetic-second',
      title: null,
      publisher: null,
      url: null,
      paragraphs: ['A fictional second note.', 'It names Tesk’s harbour.'],
      textHash: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown,
    });
    expect(run.stdout).toContain('normalised the text: windows-line-endings, blank-lines');
  });

  it('refuses an unsafe URL', () => {
    const run = tsx('addArticle.ts', [
      dataset,
      join(dir, 'note.txt'),
      '--id',
      'synthetic-third',
      '--language',
      'en',
      '--url',
      'javascript:alert(1)',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('url: must be an absolute http(s) URL');
  });

  it('counts paragraph and offset for a quote, and hints at the closest passage for a near miss', () => {
    const found = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/quoteEvidence.ts',
        dataset,
        'synthetic-second',
        'Tesk’s harbour',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(found)).toEqual({
      article: 'synthetic-second',
      paragraph: 2,
      offset: 9,
      quote: 'Tesk’s harbour',
      modality: 'stated',
    });
    const missed = tsx('quoteEvidence.ts', [dataset, 'synthetic-second', "Tesk's harbour"]);
    expect(missed.status).toBe(1);
    expect(missed.stderr).toContain(
      'the closest passage is paragraph 2, offset 9: "Tesk’s harbour"',
    );
  });

  it('leaves a dataset that data:check accepts, with a warning for the uncited article', () => {
    const run = tsx('checkData.ts', [dataset]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('no excerpt cites article "synthetic-second"');
  });
});

describe('adding the text of an imported article that was only cited', () => {
  it('fills the cited article, keeps what the import knew, and names the sentence its locator points at', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-'));
    const dataset = join(dir, 'imported.json');
    copyFileSync('e2e/fixtures/datasets/imported-gdelt.json', dataset);
    // Synthetic text; the GDELT fixture cites sentence 3 of this article.
    writeFileSync(
      join(dir, 'text.txt'),
      'Synthetic text, made up for this test.\nThe delegations met in a fictional hall. A third sentence says they talked.\n',
    );
    const run = tsx('addArticle.ts', [
      dataset,
      join(dir, 'text.txt'),
      '--id',
      'gdelt-eb9c9c652b9def30',
      '--language',
      'en',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'russian-federation-north-korea-040-2024-06-19 cites sentence 3 (paragraph 2, offset 41): "A third sentence says they talked."',
    );
    const article = (JSON.parse(readFileSync(dataset, 'utf8')) as Dataset).articles.find(
      (a) => a.id === 'gdelt-eb9c9c652b9def30',
    );
    expect(article).toMatchObject({
      url: 'https://example.org/news/2024/06/19/talks',
      language: 'en',
      paragraphs: [
        'Synthetic text, made up for this test.',
        'The delegations met in a fictional hall. A third sentence says they talked.',
      ],
    });
    // An article whose text is held is not overwritten.
    const again = tsx('addArticle.ts', [
      dataset,
      join(dir, 'text.txt'),
      '--id',
      'gdelt-eb9c9c652b9def30',
      '--language',
      'en',
    ]);
    expect(again.status).toBe(1);
    // Two runs of the command, each starting Node and tsx: seconds on a busy machine.
  }, 30_000);
});
