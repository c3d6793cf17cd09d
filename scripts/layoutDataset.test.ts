import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasetText } from '../src/dataset/checkDatasetText.ts';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';
import { detectCommunities } from '../src/domain/overview/detectCommunities.ts';
import { storedPositions } from '../src/domain/dataset/storedPositions.ts';
import { validateDataset } from '../src/domain/dataset/validateDataset.ts';
import { computeForcePositions } from '../src/graph-view/forceLayout.ts';
import { forceLayoutSource, layoutGraphOf } from '../src/graph-view/layoutGraph.ts';
import { generateSyntheticDataset } from './synth/generateSyntheticDataset.ts';

const layoutCommand = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/layoutDataset.ts', ...args], {
    encoding: 'utf8',
  });

describe('npm run data:layout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-layout-'));
  const synthetic = generateSyntheticDataset(400, 3);

  // It starts a process, which takes seconds on a busy machine.
  it('stores the positions the layout worker would compute, and the communities, for every entity', () => {
    const file = join(dir, 'large.json');
    writeFileSync(file, JSON.stringify(synthetic));
    const run = layoutCommand([file]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/positions and communities for 400 entities/);
    const check = checkDatasetText(readFileSync(file, 'utf8'));
    expect(check.kind).toBe('valid');
    if (check.kind !== 'valid') return;
    expect(check.warnings).toEqual([]);
    const stored = storedPositions(check.dataset);
    expect(stored).toEqual(computeForcePositions(layoutGraphOf(synthetic)));
    // Spread out, not piled on one point.
    const points = new Set(Object.values(stored ?? {}).map(([x, y]) => `${x},${y}`));
    expect(points.size).toBe(400);
    // The overview groups by these without computing them again.
    expect(check.dataset.communities).toEqual(detectCommunities(synthetic));
    expect(Object.keys(check.dataset.communities ?? {})).toHaveLength(400);
  }, 30_000);

  it('gives the same positions on every run', () => {
    const graph = layoutGraphOf(synthetic);
    expect(computeForcePositions(graph)).toEqual(computeForcePositions(graph));
  });

  // A small dataset is laid out by the app in Chromium: e2e/storedLayout.spec.ts.
});

describe('stored positions', () => {
  const dataset: Dataset = JSON.parse(
    readFileSync('e2e/fixtures/datasets/valid-small.json', 'utf8'),
  ) as Dataset;
  const everywhere = Object.fromEntries(
    dataset.entities.map((e, i) => [e.id, [i * 10, -i] as [number, number]]),
  );

  it('are used only when they cover every entity', () => {
    expect(storedPositions(dataset)).toBeNull();
    expect(storedPositions({ ...dataset, positions: everywhere })).toEqual(everywhere);
    const [first] = dataset.entities;
    const partial = Object.fromEntries(
      Object.entries(everywhere).filter(([id]) => id !== first!.id),
    );
    expect(storedPositions({ ...dataset, positions: partial })).toBeNull();
  });

  it('decide where the force layout comes from: stored, the page (small) or the worker', () => {
    expect(forceLayoutSource(dataset)).toBe('page');
    expect(forceLayoutSource({ ...dataset, positions: everywhere })).toBe('stored');
    const large = generateSyntheticDataset(400, 3);
    expect(forceLayoutSource(large)).toBe('worker');
    const placed = Object.fromEntries(
      large.entities.map((e, i) => [e.id, [i, 0] as [number, number]]),
    );
    expect(forceLayoutSource({ ...large, positions: placed })).toBe('stored');
  });

  it('must name entities and be finite numbers', () => {
    const unknown = validateDataset({ ...dataset, positions: { ...everywhere, nobody: [1, 2] } });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok)
      expect(unknown.problems).toContainEqual({
        path: ['positions', 'nobody'],
        message: 'no entity has the id "nobody"',
      });
    const [first] = dataset.entities;
    const infinite = JSON.parse(
      JSON.stringify({ ...dataset, positions: { [first!.id]: [1, 2] } }).replace(
        '[1,2]',
        '[1e999,2]',
      ),
    ) as unknown;
    expect(validateDataset(infinite).ok).toBe(false);
  });
});
