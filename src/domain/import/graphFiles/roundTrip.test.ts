import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../dataset/datasetSchema.ts';
import { indexDataset } from '../../dataset/indexDataset.ts';
import { csvText } from '../../export/csvText.ts';
import { entityTable } from '../../export/entityTable.ts';
import { gexfDocument } from '../../export/gexfDocument.ts';
import { graphmlDocument } from '../../export/graphmlDocument.ts';
import { relationTable } from '../../export/relationTable.ts';
import { filterGraph } from '../../graph/filterGraph.ts';
import { DEFAULT_VIEW } from '../../view/viewState.ts';
import { bundledDataset } from '../../../testSupport/bundledDataset.ts';
import { readCsvTables } from './csvTables.ts';
import { DEFAULT_GRAPH_IMPORT_OPTIONS, graphFileDataset } from './graphFileDataset.ts';
import { readXmlGraphFile } from './xmlGraphFile.ts';

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
});

/** What a graph file can carry of a dataset: its items' facts and attributes, not their excerpts. */
function graphFacts(dataset: Dataset) {
  return {
    entities: dataset.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name.en,
      date: e.kind === 'meeting' ? e.date.date : undefined,
      cameo: e.kind === 'meeting' ? e.cameo : undefined,
      attributes: e.attributes,
    })),
    relations: dataset.relations.map((r) => ({
      id: r.id,
      kind: r.kind,
      source: r.source,
      target: r.target,
      cameo: r.cameo ?? undefined,
      start: r.start?.date,
      end: r.end?.date,
      role: r.role?.en,
      mutual: r.mutual,
      attributes: r.attributes,
    })),
  };
}

const importedCsv = () =>
  graphFileDataset(
    readCsvTables({ nodes: fixture('veld-nodes.csv'), edges: fixture('veld-edges.csv') }, {}),
    DEFAULT_GRAPH_IMPORT_OPTIONS,
  ).dataset!;
const importedGexf = () =>
  graphFileDataset(
    readXmlGraphFile(fixture('veld.gexf').text, 'gexf', 'veld.gexf'),
    DEFAULT_GRAPH_IMPORT_OPTIONS,
  ).dataset!;

const DATASETS: [string, () => Dataset][] = [
  ['an imported Gephi table (attributes, a formula-like cell)', importedCsv],
  ['an imported GEXF file (positions)', importedGexf],
  [
    'the bundled fictional-veld dataset (meetings, offices, excerpts)',
    () => bundledDataset('fictional-veld'),
  ],
];

function exportAll(dataset: Dataset) {
  const index = indexDataset(dataset);
  return { index, shown: filterGraph(index, DEFAULT_VIEW) };
}

describe.each(DATASETS)('round trip of %s', (_name, make) => {
  it('GEXF out and back in: same entities, relations, attributes and positions', () => {
    const dataset = make();
    const { index, shown } = exportAll(dataset);
    const file = gexfDocument(index, shown, 'en', '2026-12-03');
    const back = graphFileDataset(
      readXmlGraphFile(file, 'gexf', 'out.gexf'),
      DEFAULT_GRAPH_IMPORT_OPTIONS,
    );
    expect(back.report.problems).toEqual([]);
    expect(graphFacts(back.dataset!)).toEqual(graphFacts(dataset));
    expect(back.dataset!.positions).toEqual(dataset.positions);
  });

  it('GraphML out and back in: same entities, relations, attributes and positions', () => {
    const dataset = make();
    const { index, shown } = exportAll(dataset);
    const file = graphmlDocument(index, shown, 'en', '2026-12-03');
    const back = graphFileDataset(
      readXmlGraphFile(file, 'graphml', 'out.graphml'),
      DEFAULT_GRAPH_IMPORT_OPTIONS,
    );
    expect(back.report.problems).toEqual([]);
    expect(graphFacts(back.dataset!)).toEqual(graphFacts(dataset));
    expect(back.dataset!.positions).toEqual(dataset.positions);
  });

  it('CSV tables out and back in: same entities, relations and attributes', () => {
    const dataset = make();
    const { index, shown } = exportAll(dataset);
    const back = graphFileDataset(
      readCsvTables(
        {
          nodes: { name: 'entities.csv', text: csvText(entityTable(index, shown.entities, 'en')) },
          edges: {
            name: 'relations.csv',
            text: csvText(relationTable(index, shown.relations, 'en')),
          },
        },
        {},
      ),
      DEFAULT_GRAPH_IMPORT_OPTIONS,
    );
    expect(back.report.problems).toEqual([]);
    expect(graphFacts(back.dataset!)).toEqual(graphFacts(dataset));
  });
});

describe('round trip in another language', () => {
  it('keeps the English name when the file is labelled in Turkish', () => {
    const dataset = bundledDataset('lavrov-choe');
    const { index, shown } = exportAll(dataset);
    for (const file of [
      readXmlGraphFile(gexfDocument(index, shown, 'tr', '2026-12-03'), 'gexf', 'f.gexf'),
      readXmlGraphFile(graphmlDocument(index, shown, 'tr', '2026-12-03'), 'graphml', 'f.graphml'),
    ]) {
      const back = graphFileDataset(file, DEFAULT_GRAPH_IMPORT_OPTIONS).dataset!;
      expect(back.entities.map((e) => e.name.en)).toEqual(dataset.entities.map((e) => e.name.en));
    }
  });
});
