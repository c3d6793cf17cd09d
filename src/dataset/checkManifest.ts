import { validate as hasManifestShape } from '../domain/dataset/generated/validateManifestShape.ts';
import type { Manifest } from '../domain/dataset/manifestSchema.ts';
import { DatasetLoadError } from './readDatasetText.ts';

/**
 * The list of bundled datasets (data/datasets.json, parsed), checked. The validator
 * compiled ahead of time from the zod schema accepts only what zod returns unchanged,
 * so a valid list needs no zod: the first dataset is asked for at once instead of
 * after zod's chunk has arrived and built its schema. zod decides the rest.
 * @throws DatasetLoadError when the list is malformed
 */
export async function checkManifest(json: unknown): Promise<Manifest> {
  if (hasManifestShape(json)) return json as Manifest;
  const { manifestSchema } = await import('../domain/dataset/manifestSchema.ts');
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    throw new DatasetLoadError('The list of datasets (datasets.json) is malformed.');
  return parsed.data;
}
