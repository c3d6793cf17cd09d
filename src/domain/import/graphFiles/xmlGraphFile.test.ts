import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readXmlGraphFile } from './xmlGraphFile.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('readXmlGraphFile', () => {
  it('reads a GEXF file: labels, declared attributes, positions, edge direction', () => {
    const content = readXmlGraphFile(fixture('veld.gexf'), 'gexf', 'veld.gexf');
    expect(content.nodes.map((n) => [n.id, n.row, n.label, n.kind, n.position])).toEqual([
      ['n1', 1, 'Norland', 'state', [-120.5, 40]],
      ['n2', 2, 'Tesk', 'state', [80, -15.25]],
      ['n3', 3, 'Ilka Varn', 'official', [0, 120]],
    ]);
    expect(content.nodes[0]!.attributes).toEqual({
      population: 5200000,
      region: 'North Veld',
    });
    expect(content.nodes[1]!.attributes.region).toBe('=HYPERLINK("http://example.invalid")');
    expect(content.edges.map((e) => [e.id, e.row, e.source, e.target, e.directed, e.kind])).toEqual(
      [
        ['e1', 1, 'n3', 'n1', true, 'holds-office'],
        ['e2', 2, 'n1', 'n2', false, 'cooperates-with'],
      ],
    );
    expect(content.edges[1]!.cameo).toBe('040');
    expect(content.edges[1]!.attributes).toEqual({ weight: 2 });
  });

  it('reports a duplicate node id and an edge to a missing node with their element numbers', () => {
    const content = readXmlGraphFile(fixture('veld.gexf'), 'gexf', 'veld.gexf');
    expect(content.problems).toEqual([
      { row: 4, message: 'node: the id "n2" is used by node element 2; this one is left out' },
      {
        row: 3,
        message: 'edge: the target "n9" is not a node of the file; the edge is left out',
      },
    ]);
    expect(content.rowsRead).toBe(7);
  });

  it('reads a GraphML file: keys by name, x and y as the position, typed values', () => {
    const content = readXmlGraphFile(fixture('veld.graphml'), 'graphml', 'veld.graphml');
    expect(content.nodes[0]).toEqual({
      id: 'norland',
      row: 1,
      label: 'Norland',
      kind: 'state',
      date: undefined,
      cameo: undefined,
      position: [10, 20],
      attributes: { founded: 1820 },
    });
    expect(content.edges.map((e) => [e.id, e.row, e.directed, e.kind, e.attributes])).toEqual([
      ['t1', 1, false, 'in-tension-with', { trusted: false }],
      [undefined, 2, true, 'member-of', {}],
    ]);
  });

  it('refuses a file that declares entities, and never resolves them', () => {
    const content = readXmlGraphFile(fixture('entities.gexf'), 'gexf', 'entities.gexf');
    expect(content.nodes).toEqual([]);
    expect(content.problems).toEqual([
      { row: null, message: expect.stringContaining('declares XML entities') as string },
    ]);
    expect(JSON.stringify(content)).not.toContain('root:');
  });

  it('says what is wrong with a file of the wrong kind, malformed XML or an empty file', () => {
    const messages = (text: string, format: 'gexf' | 'graphml') =>
      readXmlGraphFile(text, format, 'f').problems.map((p) => p.message);
    expect(messages(fixture('veld.graphml'), 'gexf')).toEqual([
      expect.stringContaining('root element is <graphml>, not <gexf>'),
    ]);
    expect(messages('<gexf><graph><nodes><node id="a"></nodes>', 'gexf')).toEqual([
      expect.stringContaining('not well-formed XML'),
    ]);
    expect(messages('  ', 'graphml')).toEqual(['the file is empty']);
  });

  test.prop([fc.string(), fc.constantFrom('gexf' as const, 'graphml' as const)])(
    'never throws on any input',
    (text, format) => {
      const content = readXmlGraphFile(text, format, 'f');
      expect(content.nodes.length + content.problems.length).toBeGreaterThanOrEqual(0);
    },
  );

  test.prop([fc.string(), fc.string()])(
    'never throws on a GEXF with any ids and labels',
    (id, label) => {
      const escape = (s: string) =>
        s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
      const text = `<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="${escape(id)}" label="${escape(label)}"/></nodes><edges><edge source="${escape(id)}" target="${escape(id)}"/></edges></graph></gexf>`;
      const content = readXmlGraphFile(text, 'gexf', 'f');
      expect(content.nodes.length + content.problems.length).toBeGreaterThan(0);
    },
  );
});
