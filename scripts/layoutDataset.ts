// npm run data:layout -- <file.json> [--out other.json]
// Computes the force layout of a dataset once and stores it in the file's
// `positions`, so the app draws it at once instead of laying it out on every load.
// A large dataset's positions are exactly those the app's layout worker would
// compute, and its communities (`communities`) are stored too, so the overview
// groups it at once. A small one (up to IN_PAGE_LAYOUT_MAX_NODES) is laid out by the
// app itself in headless Chromium, which measures each label (layoutInPage.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkDatasetText } from '../src/dataset/checkDatasetText.ts';
import type { Dataset } from '../src/domain/dataset/datasetSchema.ts';
import { detectCommunities } from '../src/domain/overview/detectCommunities.ts';
import { computeForcePositions } from '../src/graph-view/forceLayout.ts';
import { IN_PAGE_LAYOUT_MAX_NODES, layoutGraphOf } from '../src/graph-view/layoutGraph.ts';
import { layoutInPage } from './layoutInPage.ts';

/**
 * The dataset with its force-layout positions and its communities (for the overview)
 * stored, replacing any it had.
 */
export function withPositions(dataset: Dataset): Dataset {
  return {
    ...dataset,
    positions: computeForcePositions(layoutGraphOf(dataset)),
    communities: detectCommunities(dataset),
  };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    console.error('usage: npm run data:layout -- <dataset.json> [--out other.json]');
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  const check = checkDatasetText(text);
  if (check.kind !== 'valid') {
    console.error(`${file} is not a valid dataset; run npm run data:check -- ${file}`);
    return 1;
  }
  const { dataset } = check;
  const small = dataset.entities.length <= IN_PAGE_LAYOUT_MAX_NODES;
  const started = performance.now();
  const placed = small
    ? { ...dataset, positions: await layoutInPage(dataset) }
    : withPositions(dataset);
  // Keep the file's own formatting: indented files stay indented.
  const indent = /^\{\s*\n(\s+)"/.exec(text)?.[1]?.length ?? 0;
  const out = values.out ?? file;
  writeFileSync(out, `${JSON.stringify(placed, null, indent)}\n`);
  console.log(
    `wrote ${out}: ${small ? 'positions (laid out in the page)' : 'positions and communities'} for ${dataset.entities.length} entities in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
