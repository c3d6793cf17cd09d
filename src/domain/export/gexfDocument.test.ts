// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/indexDataset.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import { bundledDataset } from '../../testSupport/bundledDataset.ts';
import { gexfDocument } from './gexfDocument.ts';

const GEXF = 'http://gexf.net/1.3';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** An element's attribute values by the attribute's declared title. */
function values(doc: Document, element: Element): Record<string, string> {
  const titles = new Map(
    Array.from(doc.getElementsByTagNameNS(GEXF, 'attribute')).map((a) => [
      `${a.parentElement!.getAttribute('class')}:${a.getAttribute('id')}`,
      a.getAttribute('title')!,
    ]),
  );
  const kind = element.localName;
  return Object.fromEntries(
    Array.from(element.getElementsByTagNameNS(GEXF, 'attvalue')).map((v): [string, string] => [
      titles.get(`${kind}:${v.getAttribute('for')}`) ?? '',
      v.getAttribute('value') ?? '',
    ]),
  );
}

describe('gexfDocument', () => {
  it('parses, with one node per shown entity and one edge per shown relation', () => {
    const index = indexDataset(bundledDataset('lavrov-choe'));
    const shown = filterGraph(index, { ...DEFAULT_VIEW, lens: 'western-tensions' });
    const doc = parse(gexfDocument(index, shown, 'en', '2026-11-28'));
    expect(doc.documentElement.namespaceURI).toBe(GEXF);
    const nodes = Array.from(doc.getElementsByTagNameNS(GEXF, 'node'));
    const edges = Array.from(doc.getElementsByTagNameNS(GEXF, 'edge'));
    expect(nodes.map((n) => n.getAttribute('id')).sort()).toEqual([...shown.entities].sort());
    expect(edges.map((e) => e.getAttribute('id')).sort()).toEqual([...shown.relations].sort());
    for (const edge of edges) {
      expect(shown.entities.has(edge.getAttribute('source')!)).toBe(true);
      expect(shown.entities.has(edge.getAttribute('target')!)).toBe(true);
    }
  });

  it('carries kind, stance, CAMEO code, QuadClass, date and source counts', () => {
    const dataset = bundledDataset('fictional-veld');
    const index = indexDataset(dataset);
    const doc = parse(gexfDocument(index, filterGraph(index, DEFAULT_VIEW), 'en', '2026-11-28'));
    const edge = Array.from(doc.getElementsByTagNameNS(GEXF, 'edge')).find(
      (e) => e.getAttribute('id') === 'norland-tesk-water-accord',
    )!;
    expect(values(doc, edge)).toMatchObject({
      kind: 'cooperates-with',
      stance: 'cooperation',
      cameo: '057',
      quad_class: 'verbal-cooperation',
      date: '2031-03-03',
    });
    expect(values(doc, edge).independent_sources).toMatch(/^[1-9]\d*$/);
    expect(edge.getAttribute('weight')).toBe(values(doc, edge).independent_sources);
    const meeting = Array.from(doc.getElementsByTagNameNS(GEXF, 'node')).find(
      (n) => n.getAttribute('id') === 'port-alder-meeting',
    )!;
    expect(values(doc, meeting).kind).toBe('meeting');
  });

  it('makes symmetric relations undirected edges and labels nodes in the chosen language', () => {
    const index = indexDataset(bundledDataset('lavrov-choe'));
    const doc = parse(gexfDocument(index, filterGraph(index, DEFAULT_VIEW), 'tr', '2026-11-28'));
    const tie = Array.from(doc.getElementsByTagNameNS(GEXF, 'edge')).find(
      (e) => e.getAttribute('id') === 'russia-north-korea-strategic-ties',
    )!;
    expect(tie.getAttribute('type')).toBe('undirected');
    const west = Array.from(doc.getElementsByTagNameNS(GEXF, 'node')).find(
      (n) => n.getAttribute('id') === 'the-west',
    )!;
    expect(west.getAttribute('label')).toBe('Batı');
  });

  it('escapes names that look like markup', () => {
    const dataset = bundledDataset('lavrov-choe');
    dataset.entities[0]!.name = { en: '<b>"Russia" & co</b>\n' };
    const index = indexDataset(dataset);
    const doc = parse(gexfDocument(index, filterGraph(index, DEFAULT_VIEW), 'en', '2026-11-28'));
    const node = doc.getElementsByTagNameNS(GEXF, 'node')[0]!;
    expect(node.getAttribute('label')).toBe('<b>"Russia" & co</b>\n');
    expect(node.getElementsByTagName('b')).toHaveLength(0);
  });
});
