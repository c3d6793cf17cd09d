import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';

const FIXTURES = 'src/domain/import/fixtures';
const EVENTS = `${FIXTURES}/gdelt-20240619.export.CSV`;
const MENTIONS = `${FIXTURES}/gdelt-20240619.mentions.CSV`;

const importData = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/importData.ts', ...args], {
    encoding: 'utf8',
  });

// Each case starts Node with tsx: seconds on a loaded machine.
describe('npm run data:import', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-import-'));

  it('imports GDELT events and mentions, prints the report and writes a dataset that checks', () => {
    const out = join(dir, 'gdelt.json');
    const run = importData([
      '--format',
      'gdelt',
      EVENTS,
      '--mentions',
      MENTIONS,
      '--out',
      out,
      '--actors',
      'RUS,PRK',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('gdelt: 14 rows read');
    expect(run.stdout).toMatch(/rows\/s\), peak RSS \d+ MB/);
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect(dataset.id).toBe('gdelt');
    expect(dataset.relations.map((r) => r.id)).toEqual([
      'russian-federation-north-korea-040-2024-06-19',
      'north-korea-russian-federation-040-2024-06-19',
    ]);
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/checkData.ts', out], {
      encoding: 'utf8',
    });
    expect(check.status).toBe(0);
  });

  it('makes the browser tests’ imported event file from the fixture rows, marked synthetic', () => {
    const out = join(dir, 'imported-gdelt.json');
    const run = importData([
      '--format',
      'gdelt',
      EVENTS,
      '--mentions',
      MENTIONS,
      '--id',
      'imported-gdelt',
      '--title',
      'Synthetic GDELT rows made up for tests (not real events; example.org URLs)',
      '--synthetic',
      '--out',
      out,
    ]);
    expect(run.status).toBe(0);
    const fixture = readFileSync('e2e/fixtures/datasets/imported-gdelt.json', 'utf8');
    expect(JSON.parse(fixture)).toEqual(JSON.parse(readFileSync(out, 'utf8')));
    expect((JSON.parse(fixture) as Dataset).synthetic).toBe(true);
  });

  it('imports ACLED and ICEWS files, citing their events and stories, and writes datasets that check', () => {
    for (const [format, file, imported] of [
      ['acled', `${FIXTURES}/acled-synthetic.csv`, 4],
      ['icews', `${FIXTURES}/icews-synthetic.tab`, 6],
    ] as const) {
      const out = join(dir, `${format}.json`);
      const run = importData(['--format', format, file, '--synthetic', '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^${format}: \\d+ rows read, ${imported} imported`));
      const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
      expect(dataset.relations.length).toBeGreaterThan(0);
      for (const relation of dataset.relations)
        expect(relation.citations?.length).toBeGreaterThan(0);
    }
  });

  it('imports graph files: Gephi tables by --nodes and --edges, GEXF, GraphML; refuses a file of another format', () => {
    const graphs = 'src/domain/import/graphFiles/fixtures';
    const tables = join(dir, 'tables.json');
    const fromTables = importData([
      '--format',
      'csv',
      '--nodes',
      `${graphs}/veld-nodes.csv`,
      '--edges',
      `${graphs}/veld-edges.csv`,
      '--out',
      tables,
    ]);
    expect(fromTables.status).toBe(0);
    expect(fromTables.stdout).toContain('made 4 entities, 4 relations');
    const gexf = join(dir, 'veld.json');
    expect(importData(['--format', 'gexf', `${graphs}/veld.gexf`, '--out', gexf]).status).toBe(0);
    const wrong = join(dir, 'wrong.json');
    const refused = importData(['--format', 'graphml', `${graphs}/veld.gexf`, '--out', wrong]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'the file’s root element is <gexf>, not <graphml>'.replace('’', "'"),
    );
    expect(existsSync(wrong)).toBe(false);
  });

  it('merges into an existing dataset and reports what it matched', () => {
    const out = join(dir, 'merged.json');
    const run = importData([
      '--format',
      'gdelt',
      EVENTS,
      '--into',
      'data/lavrov-choe.json',
      '--out',
      out,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('matched russian-federation → russia (by country)');
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect(dataset.id).toBe('lavrov-choe');
  });

  it('writes nothing and exits non-zero on a file that is not UTF-8', () => {
    const bad = join(dir, 'bad.export.CSV');
    writeFileSync(bad, Buffer.concat([readFileSync(EVENTS), Buffer.from([0xff, 0xfe, 0x0a])]));
    const out = join(dir, 'bad.json');
    const run = importData(['--format', 'gdelt', bad, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.export\.CSV: not UTF-8 text/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing on an empty file', () => {
    const empty = join(dir, 'empty.export.CSV');
    writeFileSync(empty, '');
    const run = importData(['--format', 'gdelt', empty, '--out', join(dir, 'empty.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('empty.export.CSV: empty file: no rows');
    expect(existsSync(join(dir, 'empty.json'))).toBe(false);
  });

  it('names a file it cannot read, and options that belong to another format', () => {
    const missing = importData(['--format', 'gexf', 'x.gexf', '--out', join(dir, 'g.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^nothing written:\n {2}x\.gexf: cannot be read/);
    const misplaced = importData([
      '--format',
      'gexf',
      'x.gexf',
      '--mentions',
      MENTIONS,
      '--out',
      'x',
    ]);
    expect(misplaced.stderr).toContain('--mentions is for GDELT, not gexf');
    const tables = importData(['--format', 'gdelt', EVENTS, '--nodes', 'x.csv', '--out', 'x']);
    expect(tables.stderr).toContain(
      '--nodes and --edges are for graph tables (--format csv), not gdelt',
    );
  });
});
