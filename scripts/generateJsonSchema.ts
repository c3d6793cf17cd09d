// Writes data/dataset.schema.json from the zod schema, so editors validate and
// complete dataset files. A unit test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText } from './datasetJsonSchema.ts';

const target = new URL('../data/dataset.schema.json', import.meta.url);
writeFileSync(target, datasetJsonSchemaText());
console.log(`wrote ${target.pathname}`);
