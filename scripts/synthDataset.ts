// npm run data:synth -- --entities 1000 --seed 1 [--out file.json]
// Writes a synthetic dataset (fictional names, labelled synthetic) for tests and
// benchmarks; the same size and seed always give the same file.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateSyntheticDataset } from './synth/generateSyntheticDataset.ts';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const entities = Number(values.entities);
const seed = Number(values.seed);
if (!Number.isInteger(entities) || entities < 10 || !Number.isInteger(seed)) {
  console.error(
    'usage: npm run data:synth -- --entities <n ≥ 10> --seed <integer> [--out file.json]',
  );
  process.exit(2);
}
const dataset = generateSyntheticDataset(entities, seed);
const out = values.out ?? `synthetic-${entities}-${seed}.json`;
writeFileSync(out, `${JSON.stringify(dataset)}\n`);
console.log(
  `wrote ${out}: ${dataset.entities.length} entities, ${dataset.relations.length} relations, ${dataset.articles.length} articles`,
);
