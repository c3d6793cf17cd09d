import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/datasetSchema.ts';
import { indexDataset } from '../dataset/indexDataset.ts';
import { filterGraph } from '../graph/filterGraph.ts';
import { reconcileView } from './reconcileView.ts';
import { decodeView } from './viewCodec.ts';

interface SampleLinks {
  version: number;
  links: { description: string; query: string; entities: number; relations: number }[];
}

const samples = JSON.parse(
  readFileSync(new URL('../../../e2e/fixtures/view-links-v1.json', import.meta.url), 'utf8'),
) as SampleLinks;
const index = indexDataset(
  JSON.parse(
    readFileSync(new URL('../../../data/lavrov-choe.json', import.meta.url), 'utf8'),
  ) as Dataset,
);

describe(`links of view format version ${samples.version}`, () => {
  it.each(samples.links)('still open $description', ({ query, entities, relations }) => {
    const decoded = decodeView(query);
    expect(decoded.ignored).toEqual([]);
    const { view, ignored } = reconcileView(decoded.view, index);
    expect(ignored).toEqual([]);
    const graph = filterGraph(index, view);
    expect([graph.entities.size, graph.relations.size]).toEqual([entities, relations]);
  });
});
