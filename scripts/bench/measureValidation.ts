// npm run bench:validation [-- --sizes 1000,5000,20000 --runs 5]
//
// Times what the app does to a dataset's text before drawing it, in Node, on the
// bench's synthetic datasets (fictional names, with stored positions): JSON.parse,
// then each step of validateDataset — the JSON structure walk, the shape check
// (compiled ajv code, and zod as before for comparison) and the cross-references
// and verbatim excerpts. Prints medians of CPU time; asserts nothing.
import { parseArgs } from 'node:util';
import { checkJsonStructure } from '../../src/domain/dataset/checkJsonStructure.ts';
import { validate as hasDatasetShape } from '../../src/domain/dataset/generated/validateDatasetShape.ts';
import { validateDataset, zodShape } from '../../src/domain/dataset/validateDataset.ts';
import { withPositions } from '../layoutDataset.ts';
import { generateSyntheticDataset } from '../synth/generateSyntheticDataset.ts';
import { median } from './benchFigures.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    runs: { type: 'string', default: '5' },
  },
});

// CPU time of this process, not wall time: on a machine shared with other work the
// wall clock measures the neighbours too.
function time(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

const rows: string[][] = [
  [
    'entities',
    'MB',
    'parse',
    'structure',
    'shape (ajv)',
    'shape (zod)',
    'validate (all)',
    'zod + refs',
  ],
];
for (const size of args.sizes.split(',').map(Number)) {
  const text = JSON.stringify(withPositions(generateSyntheticDataset(size, 1)));
  const figures: Record<string, number[]> = {};
  const add = (name: string, ms: number) => (figures[name] ??= []).push(ms);
  for (let run = 0; run < Number(args.runs); run++) {
    let json: unknown;
    add(
      'parse',
      time(() => (json = JSON.parse(text))),
    );
    add(
      'structure',
      time(() => checkJsonStructure(json)),
    );
    add(
      'ajv',
      time(() => hasDatasetShape(json)),
    );
    add(
      'zod',
      time(() => zodShape(json)),
    );
    add(
      'all',
      time(() => validateDataset(json)),
    );
    if (!validateDataset(json).ok) throw new Error(`synthetic ${size} does not validate`);
    // What validation cost before: zod for the shape, then the same reference checks.
    add('zodAll', figures.zod!.at(-1)! + figures.all!.at(-1)! - figures.ajv!.at(-1)!);
  }
  const ms = (name: string) => `${Math.round(median(figures[name]!) ?? NaN)} ms`;
  rows.push([
    String(size),
    (text.length / 1e6).toFixed(1),
    ms('parse'),
    ms('structure'),
    ms('ajv'),
    ms('zod'),
    ms('all'),
    ms('zodAll'),
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join('  '));
