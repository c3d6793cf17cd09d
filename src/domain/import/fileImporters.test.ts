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
    expect(report).toMatchObject({ entities: 4, relations: 4 });
  });

  it('answers a format it has no importer for with a report, not an exception', () => {
    const { dataset, report } = runImport('icews', {
      files: [],
      options: DEFAULT_GRAPH_IMPORT_OPTIONS,
    });
    expect(dataset).toBeNull();
    expect(report.problems[0]!.message).toBe('no importer reads icews here');
  });
});
