import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_IMPORT_OPTIONS } from './graphFiles/graphFileDataset.ts';
import { importerFor, runImport, sortTables } from './fileImporters.ts';

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`./graphFiles/fixtures/${name}`, import.meta.url), 'utf8'),
});

describe('importerFor', () => {
  it('detects the format from the file name, and an .xml file from its root element', () => {
    expect(importerFor('veld.gexf', '')?.format).toBe('gexf');
    expect(importerFor('VELD.GRAPHML', '')?.format).toBe('graphml');
    expect(importerFor('export.xml', '<?xml version="1.0"?><graphml>')?.format).toBe('graphml');
    expect(importerFor('edges.tsv', '')?.format).toBe('csv');
    expect(importerFor('dataset.json', '{')).toBeUndefined();
  });
});

describe('sortTables', () => {
  it('takes one table as the edge table, and tells nodes from edges by their headers', () => {
    const nodes = fixture('veld-nodes.csv');
    const edges = fixture('veld-edges.csv');
    expect(sortTables([nodes])).toEqual({ edges: nodes });
    expect(sortTables([edges, nodes])).toEqual({ nodes, edges });
    expect(sortTables([nodes, edges])).toEqual({ nodes, edges });
  });
});

describe('runImport', () => {
  it('imports node and edge tables given in any order', () => {
    const { report } = runImport('csv', {
      files: [fixture('veld-edges.csv'), fixture('veld-nodes.csv')],
      options: DEFAULT_GRAPH_IMPORT_OPTIONS,
    });
    expect(report.made).toMatchObject({ entities: 4, relations: 4 });
  });

  it('answers a file that cannot be imported with a report, not an exception', () => {
    const { dataset, report } = runImport('icews', {
      files: [],
      options: DEFAULT_GRAPH_IMPORT_OPTIONS,
    });
    expect(dataset).toBeNull();
    expect(report.problems[0]!.message).toBe('nothing to import: no row made a relation');
  });
});

// The app's Import dialog reads coded events too: known by their columns, not their names.
const eventFixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});

describe('coded events in the Import dialog', () => {
  const gdeltEvents = eventFixture('gdelt-20240619.export.CSV');
  const gdeltMentions = eventFixture('gdelt-20240619.mentions.CSV');
  const acled = eventFixture('acled-synthetic.csv');
  const icews = eventFixture('icews-synthetic.tab');

  it('detects GDELT, ACLED and ICEWS by their columns, before a Gephi table of the same extension', () => {
    const head = (file: { text: string }) => file.text.slice(0, 512);
    expect(importerFor('day.export.CSV', head(gdeltEvents))?.format).toBe('gdelt');
    expect(importerFor('day.mentions.CSV', head(gdeltMentions))?.format).toBe('gdelt');
    expect(importerFor('export.csv', head(acled))?.format).toBe('acled');
    expect(importerFor('events.tab', head(icews))?.format).toBe('icews');
    expect(importerFor('events.tab', head(icews))?.hasKindDefaults).toBe(false);
    const gephi = fixture('veld-edges.csv');
    expect(importerFor(gephi.name, head(gephi))?.format).toBe('csv');
  });

  it('imports GDELT events with their mentions, in either order, into a checked dataset', () => {
    const { dataset, report } = runImport('gdelt', {
      files: [gdeltMentions, gdeltEvents],
      options: DEFAULT_GRAPH_IMPORT_OPTIONS,
    });
    expect(dataset).not.toBeNull();
    expect(report).toMatchObject({ rowsRead: 14, made: { relations: 7, articles: 9 } });
    // Mentions were read as mentions: their locators are on the citations.
    expect(dataset!.relations.flatMap((r) => r.citations ?? []).some((c) => c.locator)).toBe(true);
    expect(report.problems.map((p) => p.message)).toContain(
      'mention of an event not in the events files (or left out there): GLOBALEVENTID 999999',
    );
    expect(report.problems.find((p) => p.message.startsWith('mention'))?.file).toBe(
      'gdelt-20240619.mentions.CSV',
    );
  });

  it('imports ACLED and ICEWS files, naming the rows it left out', () => {
    const fromAcled = runImport('acled', {
      files: [acled],
      options: { ...DEFAULT_GRAPH_IMPORT_OPTIONS, synthetic: true },
    });
    expect(fromAcled.dataset?.title).toEqual({ en: 'Imported from ACLED: acled-synthetic.csv' });
    expect(fromAcled.report).toMatchObject({
      rowsRead: 7,
      rowsImported: 4,
      made: { relations: 3 },
    });
    expect(fromAcled.report.problems.map((p) => p.row)).toEqual([3, 6, 7]);
    const fromIcews = runImport('icews', { files: [icews], options: DEFAULT_GRAPH_IMPORT_OPTIONS });
    expect(fromIcews.report).toMatchObject({
      rowsRead: 8,
      rowsImported: 6,
      // Five events, and the offices of its two officials.
      made: { relations: 7 },
    });
  });

  it('opens nothing when a whole file is refused', () => {
    const { dataset, report } = runImport('acled', {
      files: [{ name: 'wrong.csv', text: icews.text }],
      options: DEFAULT_GRAPH_IMPORT_OPTIONS,
    });
    expect(dataset).toBeNull();
    expect(report.problems[0]).toEqual({
      file: 'wrong.csv',
      row: null,
      message: 'not comma-separated: a tab-separated file (ICEWS? GDELT?), not ACLED',
    });
  });
});
