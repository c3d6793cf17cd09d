import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  datasetValidatorCode,
  fastValidatorSchema,
  manifestValidatorCode,
} from './datasetValidatorCode.ts';
import { DATASET_VALIDATOR_FILE, MANIFEST_VALIDATOR_FILE } from './writeDatasetValidator.ts';

describe('the ahead-of-time dataset validator', () => {
  it('is generated from the current schema, and so is the manifest’s', () => {
    expect(readFileSync(DATASET_VALIDATOR_FILE, 'utf8')).toBe(datasetValidatorCode());
    expect(readFileSync(MANIFEST_VALIDATOR_FILE, 'utf8')).toBe(manifestValidatorCode());
  });

  it('never compiles code at run time (the policy forbids eval)', () => {
    for (const code of [datasetValidatorCode(), manifestValidatorCode()])
      expect(code).not.toMatch(/new Function|\beval\(|require\(/);
  });

  it('refuses a refinement that names no format, which it could not repeat', () => {
    const schema = z.object({ name: z.string().refine((s) => s !== 'x') });
    expect(() => fastValidatorSchema(schema)).toThrow(/names no format/);
  });

  it('accepts a refinement that names a known format', () => {
    const schema = z.object({
      tag: z
        .string()
        .refine((s) => s.length > 0)
        .meta({ format: 'language-tag' }),
    });
    expect(fastValidatorSchema(schema)).toMatchObject({
      properties: { tag: { format: 'language-tag' } },
    });
  });

  it('marks trimmed strings, and refuses other rewriting', () => {
    expect(fastValidatorSchema(z.object({ a: z.string().trim() }))).toMatchObject({
      properties: { a: { format: 'trimmed' } },
    });
    expect(() => fastValidatorSchema(z.object({ a: z.string().toLowerCase() }))).toThrow(
      /overwrite other than trim/,
    );
  });
});
