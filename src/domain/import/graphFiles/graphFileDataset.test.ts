import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../dataset/validateDataset.ts';
import { readCsvTables } from './csvTables.ts';
import {
  DEFAULT_GRAPH_IMPORT_OPTIONS,
  graphFileDataset,
  slugOf,
  type GraphFileContent,
} from './graphFileDataset.ts';
import { readXmlGraphFile } from './xmlGraphFile.ts';

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});

function content(partial: Partial<GraphFileContent>): GraphFileContent {
  return {
    format: 'csv',
    nodesFile: 'nodes.csv',
    edgesFile: 'edges.csv',
    nodes: [],
    edges: [],
    rowsRead: 0,
    problems: [],
    notes: [],
    ...partial,
  };
}

describe('slugOf', () => {
  it('makes an id of any name, Turkish letters folded', () => {
    expect(slugOf('Norland Ministry (2031)')).toBe('norland-ministry-2031');
    expect(slugOf('Dışişleri Bakanlığı')).toBe('disisleri-bakanligi');
    expect(slugOf('!!!')).toBe('');
  });
});

describe('graphFileDataset', () => {
  const veld = () =>
    graphFileDataset(
      readCsvTables({ nodes: fixture('veld-nodes.csv'), edges: fixture('veld-edges.csv') }, {}),
      DEFAULT_GRAPH_IMPORT_OPTIONS,
    );

  it('makes a dataset that passes the checks, every item citing its file and row', () => {
    const { dataset, report } = veld();
    expect(dataset).not.toBeNull();
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset!.articles.map((a) => [a.id, a.identifier, a.url, a.paragraphs])).toEqual([
      ['file-veld-nodes-csv', 'veld-nodes.csv', null, []],
      ['file-veld-edges-csv', 'veld-edges.csv', null, []],
    ]);
    const tesk = dataset!.entities.find((e) => e.id === 'tesk')!;
    expect(tesk.evidence).toEqual([]);
    expect(tesk.citations).toEqual([
      {
        article: 'file-veld-nodes-csv',
        source: { format: 'csv', file: 'veld-nodes.csv', row: 2, id: 'tesk' },
      },
    ]);
    expect(tesk.attributes).toEqual({ population: 880000, motto: "=cmd|'/C calc'!A0" });
    const accord = dataset!.relations.find((r) => r.kind === 'cooperates-with')!;
    expect(accord).toMatchObject({
      source: 'norland',
      target: 'tesk',
      cameo: '057',
      start: { date: '2031-03-03' },
      attributes: { Weight: 3 },
      citations: [{ source: { format: 'csv', file: 'veld-edges.csv', row: 2 } }],
    });
    expect(report).toMatchObject({
      format: 'csv',
      rowsRead: 10,
      made: { entities: 4, relations: 4, articles: 2, citations: 8 },
    });
  });

  it('reports the duplicate id and the edge to a missing node with their rows', () => {
    const { report } = veld();
    expect(report.problems).toEqual([
      {
        file: 'veld-nodes.csv',
        row: 5,
        message: 'node: the id "tesk" is used by an earlier node; this one is left out',
      },
      {
        file: 'veld-edges.csv',
        row: 4,
        message: 'edge: the target "westhold" is not a node of the file; the edge is left out',
      },
    ]);
    // Tallied by reason, whatever the value quoted.
    expect(report.leftOut.map((entry) => [entry.reason, entry.examples])).toEqual([
      ['node: the id "…" is used by an earlier node; this one is left out', ['veld-nodes.csv:5']],
      [
        'edge: the target "…" is not a node of the file; the edge is left out',
        ['veld-edges.csv:4'],
      ],
    ]);
    expect(report.rowsImported).toBe(8);
  });

  it("uses the analyst's kinds where the file gives none, and reports kinds it does not know", () => {
    const { dataset, report } = graphFileDataset(
      content({
        nodes: [
          { id: 'a', row: 1, label: 'Aster', attributes: {} },
          { id: 'b', row: 2, label: 'Brisk', kind: 'person', attributes: {} },
        ],
        edges: [{ row: 1, source: 'a', target: 'b', directed: true, attributes: {} }],
      }),
      { defaultEntityKind: 'official', defaultRelationKind: 'supports' },
    );
    expect(dataset!.entities.map((e) => [e.id, e.kind, e.attributes])).toEqual([
      ['a', 'official', undefined],
      ['b', 'official', { kind: 'person' }],
    ]);
    expect(dataset!.relations.map((r) => [r.id, r.kind])).toEqual([['edge-1', 'supports']]);
    expect(report.problems).toEqual([
      {
        file: 'nodes.csv',
        row: 2,
        message: expect.stringContaining('"person" is not an entity kind') as string,
      },
    ]);
  });

  it('keeps a CAMEO code only where its stance fits the kind, the rest as an attribute', () => {
    const { dataset, report } = graphFileDataset(
      content({
        nodes: [
          { id: 'a', row: 1, attributes: {} },
          { id: 'b', row: 2, attributes: {} },
        ],
        edges: [
          {
            row: 1,
            source: 'a',
            target: 'b',
            directed: true,
            kind: 'in-tension-with',
            cameo: '057',
            attributes: {},
          },
          {
            row: 2,
            source: 'a',
            target: 'b',
            directed: true,
            kind: 'in-tension-with',
            cameo: '172',
            attributes: {},
          },
        ],
      }),
      DEFAULT_GRAPH_IMPORT_OPTIONS,
    );
    expect(dataset!.relations.map((r) => [r.cameo, r.attributes])).toEqual([
      [undefined, { cameo: '057' }],
      ['172', undefined],
    ]);
    expect(report.problems.map((p) => p.row)).toEqual([1]);
  });

  it('leaves out a relation whose ends are of the wrong kind, and says so', () => {
    const { dataset, report } = graphFileDataset(
      content({
        nodes: [
          { id: 'a', row: 1, kind: 'topic', attributes: {} },
          { id: 'b', row: 2, kind: 'state', attributes: {} },
        ],
        edges: [
          { row: 1, source: 'a', target: 'b', directed: true, kind: 'supports', attributes: {} },
        ],
      }),
      DEFAULT_GRAPH_IMPORT_OPTIONS,
    );
    expect(dataset!.relations).toEqual([]);
    expect(report.problems[0]!.message).toContain('not from topic to state');
  });

  it('makes the entities of an edge table alone, each cited at the first row naming it', () => {
    const { dataset } = graphFileDataset(
      readCsvTables(
        { edges: fixture('veld-edges-renamed.tsv') },
        { edges: { source: 'from_actor', target: 'to_actor', kind: 'tie' } },
      ),
      DEFAULT_GRAPH_IMPORT_OPTIONS,
    );
    expect(dataset!.articles).toHaveLength(1);
    expect(dataset!.entities.map((e) => [e.id, e.name.en, e.citations![0]!.source.row])).toEqual([
      ['norland', 'Norland', 1],
      ['tesk', 'Tesk', 1],
      ['ostmark', 'Ostmark', 2],
    ]);
    expect(dataset!.relations.map((r) => [r.source, r.target, r.kind])).toEqual([
      ['norland', 'tesk', 'cooperates-with'],
      ['tesk', 'ostmark', 'supports'],
      ['ostmark', 'norland', 'pursues-policy-toward'],
    ]);
  });

  it('keeps positions when every entity has one (GEXF), and the file as the one cited article', () => {
    const { dataset, report } = graphFileDataset(
      readXmlGraphFile(fixture('veld.gexf').text, 'gexf', 'veld.gexf'),
      DEFAULT_GRAPH_IMPORT_OPTIONS,
    );
    expect(dataset!.positions).toEqual({ n1: [-120.5, 40], n2: [80, -15.25], n3: [0, 120] });
    expect(dataset!.articles.map((a) => a.identifier)).toEqual(['veld.gexf']);
    expect(dataset!.relations.find((r) => r.id === 'e2')).toMatchObject({
      kind: 'cooperates-with',
      cameo: '040',
      citations: [{ source: { format: 'gexf', file: 'veld.gexf', row: 2, id: 'e2' } }],
    });
    expect(report.problems.map((p) => p.row)).toEqual([4, 3]);
  });

  it('makes unique ids when two file ids fold to the same one', () => {
    const { dataset } = graphFileDataset(
      content({
        nodes: [
          { id: 'Norland', row: 1, attributes: {} },
          { id: 'norland', row: 2, attributes: {} },
          { id: '???', row: 3, attributes: {} },
        ],
        edges: [
          {
            id: 'norland',
            row: 1,
            source: 'Norland',
            target: 'norland',
            directed: null,
            attributes: {},
          },
        ],
      }),
      DEFAULT_GRAPH_IMPORT_OPTIONS,
    );
    expect(dataset!.entities.map((e) => e.id)).toEqual(['norland', 'norland-2', 'node']);
    expect(dataset!.relations.map((r) => [r.id, r.source, r.target])).toEqual([
      ['norland-3', 'norland', 'norland-2'],
    ]);
  });
});

describe('graphFileDataset, refusing', () => {
  it('makes no dataset when the file as a whole fails, or gives nothing', () => {
    const unmapped = graphFileDataset(
      readCsvTables({ edges: fixture('veld-edges-renamed.tsv') }, {}),
      DEFAULT_GRAPH_IMPORT_OPTIONS,
    );
    expect(unmapped.dataset).toBeNull();
    const empty = graphFileDataset(content({}), DEFAULT_GRAPH_IMPORT_OPTIONS);
    expect(empty.dataset).toBeNull();
    expect(empty.report.problems).toEqual([
      {
        file: 'nodes.csv, edges.csv',
        row: null,
        message: 'nothing to import: the file gives no entities',
      },
    ]);
  });
});
