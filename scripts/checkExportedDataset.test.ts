import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { indexDataset } from '../src/domain/dataset/indexDataset.ts';
import { subsetDataset } from '../src/domain/export/subsetDataset.ts';
import { filterGraph } from '../src/domain/graph/filterGraph.ts';
import { DEFAULT_VIEW, type ViewState } from '../src/domain/view/viewState.ts';
import { bundledDataset } from '../src/testSupport/bundledDataset.ts';
import { checkDatasetFile } from './checkData.ts';

const folder = mkdtempSync(join(tmpdir(), 'diplograph-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it.each([
  ['lavrov-choe', { lens: 'ru-kp-ties' }],
  ['fictional-veld', { stances: ['conflict'] }],
] as const)(
  'a dataset exported from a filtered view of %s passes npm run data:check',
  (id, view) => {
    const dataset = bundledDataset(id);
    const shown = filterGraph(indexDataset(dataset), {
      ...DEFAULT_VIEW,
      ...(view as Partial<ViewState>),
    });
    const subset = subsetDataset(dataset, shown, {
      title: { en: 'Part of a dataset' },
      description: { en: 'Derived: what one view showed.' },
    });
    const file = join(folder, `${id}-subset.json`);
    writeFileSync(file, `${JSON.stringify(subset, null, 2)}\n`);
    const report = checkDatasetFile(file);
    expect(report.errors).toEqual([]);
    // Entities without a shown relation may be part of a view; uncited articles never are.
    expect(report.warnings.filter((w) => w.includes('no excerpt cites'))).toEqual([]);
  },
);
