import { z } from 'zod';
import { datasetSchema } from '../src/domain/dataset/datasetSchema.ts';

/** The JSON Schema of the dataset format, as committed in data/dataset.schema.json. */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
