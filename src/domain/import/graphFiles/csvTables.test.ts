import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  cellValue,
  mappingProblems,
  parseTable,
  proposeColumnMapping,
  readCsvTables,
  tableKindOf,
} from './csvTables.ts';

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});

describe('proposeColumnMapping', () => {
  it("maps Gephi's column names whatever their case, and leaves other columns to attributes", () => {
    expect(proposeColumnMapping(['Id', 'Label', 'population'], 'nodes')).toEqual({
      id: 'Id',
      label: 'Label',
    });
    expect(proposeColumnMapping(['Source', 'TARGET', 'Type', 'Weight'], 'edges')).toEqual({
      source: 'Source',
      target: 'TARGET',
      type: 'Type',
    });
  });

  it("maps Diplograph's own CSV columns (relation_id, source_id, end_date)", () => {
    expect(
      proposeColumnMapping(['relation_id', 'kind', 'source_id', 'target_id', 'end_date'], 'edges'),
    ).toMatchObject({
      source: 'source_id',
      target: 'target_id',
      kind: 'kind',
      endDate: 'end_date',
    });
  });

  it('proposes nothing for columns named otherwise, which the analyst then maps', () => {
    const headers = ['from_actor', 'to_actor', 'tie'];
    expect(proposeColumnMapping(headers, 'edges')).toEqual({});
    expect(mappingProblems({}, 'edges')).toEqual([
      'no column is mapped to "source"',
      'no column is mapped to "target"',
    ]);
    expect(mappingProblems({ source: 'from_actor', target: 'from_actor' }, 'edges')).toEqual([
      'the column "from_actor" is mapped twice',
    ]);
  });

  it('tells an edge table from a node table', () => {
    expect(tableKindOf(['Source', 'Target'])).toBe('edges');
    expect(tableKindOf(['Id', 'Label'])).toBe('nodes');
  });
});

describe('parseTable', () => {
  it('reads commas and tabs alike, and reports a row with the wrong number of cells', () => {
    const table = parseTable('\uFEFFId\tLabel\nn1\tNorland\nn2\tTesk\textra\nn3\tOstmark\n');
    expect(table.headers).toEqual(['Id', 'Label']);
    expect(table.rows).toEqual([
      ['n1', 'Norland'],
      ['n3', 'Ostmark'],
    ]);
    expect(table.problems).toEqual([
      { row: 2, message: expect.stringContaining('3 cells where the header names 2') as string },
    ]);
  });

  it('reports a quote left open on the last line instead of inventing its end', () => {
    const table = parseTable('Id,Label\nn1,Norland\nn2,"Tesk');
    expect(table.rows).toEqual([['n1', 'Norland']]);
    expect(table.problems.map((p) => p.row)).toEqual([2]);
  });

  test.prop([fc.string()])('never throws on any input', (text) => {
    const table = parseTable(text);
    for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
  });
});

describe('cellValue', () => {
  it('keeps leading zeros and formulas as text, and reads plain numbers and booleans', () => {
    expect(cellValue('040')).toBe('040');
    expect(cellValue('=cmd|x')).toBe('=cmd|x');
    expect(cellValue("'=1+1")).toBe('=1+1');
    expect(cellValue("'-5")).toBe(-5);
    expect(cellValue('12.5')).toBe(12.5);
    expect(cellValue('true')).toBe(true);
    expect(cellValue('1e3')).toBe('1e3');
  });
});

describe('readCsvTables', () => {
  it('reads a Gephi node and edge table, other columns kept as attributes, formulas as text', () => {
    const content = readCsvTables(
      { nodes: fixture('veld-nodes.csv'), edges: fixture('veld-edges.csv') },
      {},
    );
    expect(content.rowsRead).toBe(10);
    expect(content.nodes[1]).toEqual({
      id: 'tesk',
      row: 2,
      label: 'Tesk',
      kind: 'state',
      cameo: undefined,
      date: undefined,
      position: undefined,
      attributes: { population: 880000, motto: "=cmd|'/C calc'!A0" },
    });
    expect(content.edges[1]).toMatchObject({
      row: 2,
      source: 'norland',
      target: 'tesk',
      directed: false,
      kind: 'cooperates-with',
      cameo: '057',
      date: '2031-03-03',
      role: undefined,
      attributes: { Weight: 3 },
    });
  });

  it("reads a TSV edge table alone through the analyst's mapping", () => {
    const content = readCsvTables(
      { edges: fixture('veld-edges-renamed.tsv') },
      { edges: { source: 'from_actor', target: 'to_actor', kind: 'tie' } },
    );
    expect(content.nodesFile).toBeNull();
    expect(content.edges.map((e) => [e.source, e.target, e.kind])).toEqual([
      ['Norland', 'Tesk', 'cooperates-with'],
      ['Tesk', 'Ostmark', 'supports'],
      ['Ostmark', 'Norland', undefined],
    ]);
    expect(content.edges[2]!.attributes).toEqual({ note: '+1 vote' });
  });

  it('reads nothing through a mapping without source and target, and says why', () => {
    const content = readCsvTables({ edges: fixture('veld-edges-renamed.tsv') }, {});
    expect(content.edges).toEqual([]);
    expect(content.problems.map((p) => p.message)).toContain(
      'edges table: no column is mapped to "source"',
    );
  });

  it('says so when the table is empty', () => {
    const content = readCsvTables({ edges: { name: 'empty.csv', text: '' } }, {});
    expect(content.problems.map((p) => p.message)).toContain('the table holds no data rows');
  });
});
