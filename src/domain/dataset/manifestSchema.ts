import { z } from 'zod';
import { idSchema, localizedTextSchema } from './datasetSchema.ts';

/** data/datasets.json: the datasets bundled with the app; the first is the default. */
export const manifestSchema = z.strictObject({
  $comment: z.string().optional(),
  datasets: z
    .array(
      z.strictObject({
        id: idSchema,
        file: z
          .string()
          .regex(/^[a-z0-9-]+\.json$/, 'must be a file name in data/, such as "lavrov-choe.json"'),
        title: localizedTextSchema,
        synthetic: z.boolean(),
      }),
    )
    .min(1),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['datasets'][number];
