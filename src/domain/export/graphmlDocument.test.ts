// happy-dom's XML parser refuses GraphML's dotted attribute names (attr.name), which
// browsers and xmldom accept: the test reads the file with xmldom.
import { DOMParser, type Document } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/indexDataset.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { DEFAULT_VIEW } from '../view/viewState.ts';
import { bundledDataset } from '../../testSupport/bundledDataset.ts';
import { graphmlDocument } from './graphmlDocument.ts';

const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';

function parse(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'application/xml');
}

describe('graphmlDocument', () => {
  it('has one node per shown entity and one edge per shown relation, directed where it points', () => {
    const index = indexDataset(bundledDataset('lavrov-choe'));
    const shown = filterGraph(index, DEFAULT_VIEW);
    const doc = parse(graphmlDocument(index, shown, 'en', '2026-12-03'));
    expect(doc.documentElement!.namespaceURI).toBe(GRAPHML);
    const nodes = Array.from(doc.getElementsByTagNameNS(GRAPHML, 'node'));
    const edges = Array.from(doc.getElementsByTagNameNS(GRAPHML, 'edge'));
    expect(nodes.map((n) => n.getAttribute('id')).sort()).toEqual([...shown.entities].sort());
    expect(edges.map((e) => e.getAttribute('id')).sort()).toEqual([...shown.relations].sort());
    const tie = edges.find((e) => e.getAttribute('id') === 'russia-north-korea-strategic-ties')!;
    expect(tie.getAttribute('directed')).toBeNull();
    expect(edges.some((e) => e.getAttribute('directed') === 'true')).toBe(true);
  });

  it('declares each column once with its type, and escapes names that look like markup', () => {
    const dataset = bundledDataset('lavrov-choe');
    dataset.entities[0]!.name = { en: '<b>"Russia" & co</b>' };
    const index = indexDataset(dataset);
    const doc = parse(graphmlDocument(index, filterGraph(index, DEFAULT_VIEW), 'en', '2026-12-03'));
    const keys = Array.from(doc.getElementsByTagNameNS(GRAPHML, 'key'));
    const names = keys.map((k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`);
    expect(new Set(names).size).toBe(names.length);
    expect(
      keys
        .find((k) => k.getAttribute('attr.name') === 'independent_sources')
        ?.getAttribute('attr.type'),
    ).toBe('double');
    const label = keys.find(
      (k) => k.getAttribute('for') === 'node' && k.getAttribute('attr.name') === 'label',
    )!;
    const first = doc.getElementsByTagNameNS(GRAPHML, 'node')[0]!;
    const data = Array.from(first.getElementsByTagNameNS(GRAPHML, 'data')).find(
      (d) => d.getAttribute('key') === label.getAttribute('id'),
    )!;
    expect(data.textContent).toBe('<b>"Russia" & co</b>');
    expect(first.getElementsByTagName('b')).toHaveLength(0);
  });
});
