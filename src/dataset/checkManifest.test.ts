import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validate as hasManifestShape } from '../domain/dataset/generated/validateManifestShape.ts';
import { manifestSchema } from '../domain/dataset/manifestSchema.ts';
import { checkManifest } from './checkManifest.ts';

const bundled = JSON.parse(
  readFileSync(new URL('../../data/datasets.json', import.meta.url), 'utf8'),
) as { datasets: Record<string, unknown>[] };

const fieldValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'lavrov-choe',
    'Bad Id',
    'x.json',
    'x.JSON',
    '../x.json',
    ' padded',
    { en: 'Title' },
    { en: ' Title' },
    { en: '' },
    { tr: 'Başlık' },
    { en: 'Title', 'not a tag': 'x' },
    true,
    false,
    null,
    0,
    [],
  ),
  fc.string({ maxLength: 5 }),
);

const manifestNearBundled = fc
  .record({
    entry: fc.nat({ max: bundled.datasets.length - 1 }),
    field: fc.constantFrom('id', 'file', 'title', 'synthetic', 'extra'),
    value: fc.option(fieldValue, { nil: undefined }),
    dropAll: fc.boolean(),
  })
  .map(({ entry, field, value, dropAll }) => {
    const manifest = structuredClone(bundled);
    if (dropAll && field === 'extra') manifest.datasets = [];
    else if (value === undefined) Reflect.deleteProperty(manifest.datasets[entry]!, field);
    else manifest.datasets[entry]![field] = value;
    return manifest;
  });

describe('checkManifest', () => {
  it('accepts the bundled list without zod', () => {
    expect(hasManifestShape(bundled)).toBe(true);
  });

  // The compiled check may refuse more than zod (zod then decides), never less, and
  // what it accepts zod returns unchanged: so the answer is always zod's.
  test.prop([manifestNearBundled], { numRuns: 300 })(
    'gives zod’s answer for any list near the bundled one',
    async (manifest) => {
      const reference = manifestSchema.safeParse(manifest);
      if (hasManifestShape(manifest)) expect(reference).toEqual({ success: true, data: manifest });
      if (reference.success) await expect(checkManifest(manifest)).resolves.toEqual(reference.data);
      else await expect(checkManifest(manifest)).rejects.toThrow(/datasets\.json\) is malformed/);
    },
  );

  it('trims what zod trims', async () => {
    const padded = structuredClone(bundled);
    padded.datasets[0]!.title = { en: ' Lavrov ' };
    expect(hasManifestShape(padded)).toBe(false);
    await expect(checkManifest(padded)).resolves.toMatchObject({
      datasets: [{ title: { en: 'Lavrov' } }, {}],
    });
  });
});
