import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../domain/dataset/indexDataset.ts';
import { validateDataset } from '../../domain/dataset/validateDataset.ts';
import { filterGraph } from '../../domain/graph/filterGraph.ts';
import { rollUp } from '../../domain/graph/rollUp.ts';
import { DEFAULT_VIEW } from '../../domain/view/viewState.ts';
import { bundledDataset } from '../../testSupport/bundledDataset.ts';
import { comparePeriods } from '../../domain/compare/comparePeriods.ts';
import { exportContents, NothingShownError, type ExportContext } from './exportFile.ts';

// Roll-up draws officials as the states they hold office in. The exports must say
// what is drawn (ties included) and keep what is needed to draw it again.
const t = ((key: string) => key) as unknown as TFunction;

function contextOf(id: 'lavrov-choe' | 'fictional-veld', rolled: boolean): ExportContext {
  const index = indexDataset(bundledDataset(id));
  const filtered = filterGraph(index, DEFAULT_VIEW);
  const rollup = rollUp(index, filtered);
  return {
    index,
    shown: rolled ? rollup.visible : filtered,
    ties: rolled ? rollup.ties : [],
    filtered,
    language: 'en',
    now: new Date('2026-11-29T12:00:00Z'),
    picture: null,
    compared: null,
    strings: { en: t, tr: t },
  };
}

const csvIds = (csv: string) =>
  new Set(
    csv
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[0]),
  );
const gexfEdgeIds = (xml: string) => [...xml.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);

describe.each(['lavrov-choe', 'fictional-veld'] as const)('exports of %s with roll-up on', (id) => {
  const context = contextOf(id, true);

  it('has ties to export (the test would prove nothing without)', () => {
    expect(context.ties.length).toBeGreaterThan(0);
  });

  it('the relations CSV lists every drawn relation and every drawn tie', async () => {
    const csv = await (await exportContents('relations', context)).text();
    const ids = csvIds(csv);
    expect(ids).toEqual(
      new Set([
        ...[...context.shown.relations].filter(
          (r) => context.index.relationById.get(r)!.evidence.length > 0,
        ),
        ...context.ties.map((tie) => tie.id),
      ]),
    );
  });

  it('the GEXF file has the drawn relations and the ties as edges, weighted by their count', async () => {
    const xml = await (await exportContents('gexf', context)).text();
    const edges = gexfEdgeIds(xml);
    for (const tie of context.ties) {
      const edge = new RegExp(`<edge id="${tie.id.replaceAll('|', '\\|')}"[^>]* weight="(\\d+)"`);
      expect(Number(edge.exec(xml)?.[1])).toBe(tie.count);
    }
    expect(edges).toHaveLength(
      [...context.shown.relations].filter((r) => {
        const relation = context.index.relationById.get(r)!;
        return (
          context.shown.entities.has(relation.source) && context.shown.entities.has(relation.target)
        );
      }).length + context.ties.length,
    );
  });

  it('the GraphML file has the same edges as the GEXF file, ties included', async () => {
    const gexf = gexfEdgeIds(await (await exportContents('gexf', context)).text());
    const graphml = gexfEdgeIds(await (await exportContents('graphml', context)).text());
    expect(graphml.length).toBeGreaterThan(context.ties.length);
    expect([...graphml].sort()).toEqual([...gexf].sort());
  });

  it('the dataset JSON keeps the officials, and re-imported rolls up to the same ties', async () => {
    const json = JSON.parse(await (await exportContents('dataset', context)).text()) as unknown;
    const checked = validateDataset(json);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const again = indexDataset(checked.dataset);
    const rolledAgain = rollUp(again, filterGraph(again, DEFAULT_VIEW));
    expect(rolledAgain.ties.map((tie) => [tie.id, tie.count])).toEqual(
      context.ties.map((tie) => [tie.id, tie.count]),
    );
    expect(rolledAgain.officials).toEqual(
      rollUp(context.index, filterGraph(context.index, DEFAULT_VIEW)).officials,
    );
  });
});

describe('exports with roll-up off', () => {
  it('have no tie rows or edges', async () => {
    const context = contextOf('fictional-veld', false);
    const csv = await (await exportContents('relations', context)).text();
    expect([...csvIds(csv)].some((id) => id?.startsWith('rollup:'))).toBe(false);
    const xml = await (await exportContents('gexf', context)).text();
    expect(gexfEdgeIds(xml).some((id) => id?.startsWith('rollup:'))).toBe(false);
  });
});

describe('the comparison export', () => {
  const a = { from: '2031-03', to: '2031-03' };
  const b = { from: '2031-04', to: '2031-04' };

  it('writes the comparison of the two periods, one row per tie', async () => {
    const context = contextOf('fictional-veld', false);
    const comparison = comparePeriods(context.index, context.index.dataset.relations, a, b);
    const blob = await exportContents('comparison', {
      ...context,
      compared: { query: { a, b, threshold: 0 }, comparison },
    });
    const rows = (await blob.text()).split('\r\n').slice(1, -1);
    expect(rows.filter((row) => row.includes(',new,'))).toEqual([
      expect.stringMatching(/^halvard-ens,Halvard Ens,tesk,Tesk,new,/),
    ]);
    expect(rows).toHaveLength(comparison.ties.length + comparison.undated.length);
  });

  it('refuses when nothing is compared', async () => {
    await expect(exportContents('comparison', contextOf('fictional-veld', false))).rejects.toThrow(
      NothingShownError,
    );
  });
});
