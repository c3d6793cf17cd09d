// Generates the dataset's structural validator ahead of time: ajv compiles the JSON
// Schema derived from the zod schema into plain JavaScript (no `new Function` at run
// time, so the Content-Security-Policy keeps refusing eval).
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv';
import { z } from 'zod';
import { DATASET_FORMATS } from '../../src/domain/dataset/datasetFormats.ts';
import { datasetSchema } from '../../src/domain/dataset/datasetSchema.ts';
import { manifestSchema } from '../../src/domain/dataset/manifestSchema.ts';

type JsonSchema = Record<string, unknown>;

interface ZodCheckDef {
  check: string;
  tx?: (value: unknown) => unknown;
}

function checksOf(schema: unknown): ZodCheckDef[] {
  const def = (schema as { _zod: { def: { checks?: { _zod: { def: ZodCheckDef } }[] } } })._zod.def;
  return (def.checks ?? []).map((check) => check._zod.def);
}

// zod's `.trim()` is an overwrite check; the fast path accepts only strings it would
// leave as they are, so its output is the input. Any other overwrite is unknown here.
function isTrim(tx: (value: unknown) => unknown): boolean {
  return tx(' a\t') === 'a' && tx('a b') === 'a b';
}

function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

// Every schema inside `schema`, found through its definition's fields (shape, element,
// options, innerType, keyType, catchall…) without naming zod's types one by one.
function* reachable(schema: z.ZodType, seen = new Set<unknown>()): Generator<z.ZodType> {
  if (seen.has(schema)) return;
  seen.add(schema);
  yield schema;
  for (const value of Object.values(schema._zod.def as object)) {
    const children: unknown[] = Array.isArray(value)
      ? (value as unknown[])
      : isZodSchema(value)
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value as object)
          : [];
    for (const child of children) if (isZodSchema(child)) yield* reachable(child, seen);
  }
}

function namedFormats(meta: Record<string, unknown> | undefined): string[] {
  const own = typeof meta?.format === 'string' ? [meta.format] : [];
  const keys = meta?.propertyNames as Record<string, unknown> | undefined;
  return typeof keys?.format === 'string' ? [...own, keys.format] : own;
}

/** Throws when a refinement of the schema has no format the fast check knows. */
function assertRefinementsNamed(root: z.ZodType): void {
  for (const schema of reachable(root)) {
    if (!checksOf(schema).some((check) => check.check === 'custom')) continue;
    const formats = namedFormats(z.globalRegistry.get(schema));
    if (formats.length === 0 || formats.some((name) => !(name in DATASET_FORMATS)))
      throw new Error(
        `a refinement of ${JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' })).slice(0, 200)} names no format of src/domain/dataset/datasetFormats.ts: add one there and name it in .meta({ format }) (or .meta({ propertyNames: { format } }) for keys), or the fast check would accept what zod refuses`,
      );
  }
}

/**
 * The JSON Schema the fast validator checks: the editor schema, plus `format: trimmed`
 * where zod trims. Throws when the zod schema refines a value in a way the JSON Schema
 * does not name through a known format: the fast check would then accept what zod refuses.
 */
export function fastValidatorSchema(root: z.ZodType = datasetSchema): JsonSchema {
  assertRefinementsNamed(root);
  return z.toJSONSchema(root, {
    target: 'draft-2020-12',
    io: 'input',
    // Shared parts become $defs, which ajv compiles once each.
    reused: 'ref',
    override: ({ zodSchema, jsonSchema, path }) => {
      // A discriminated union: ajv then checks the one branch its tag names, not all.
      const { discriminator } = zodSchema._zod.def as { discriminator?: string };
      if (typeof discriminator === 'string' && Array.isArray(jsonSchema.oneOf)) {
        jsonSchema.type = 'object';
        jsonSchema.discriminator = { propertyName: discriminator };
      }
      for (const check of checksOf(zodSchema)) {
        if (check.check === 'overwrite') {
          if (check.tx === undefined || !isTrim(check.tx))
            throw new Error(`at ${path.join('/')}: an overwrite other than trim has no fast check`);
          if (jsonSchema.format === undefined) jsonSchema.format = 'trimmed';
          else jsonSchema.allOf = [...(jsonSchema.allOf ?? []), { format: 'trimmed' }];
        }
      }
    },
  });
}

// Descriptions and titles are for editors; ajv would copy them into the generated code.
// `properties` and `$defs` map names to schemas, so a field called "title" stays.
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);
function withoutAnnotations(schema: unknown): JsonSchema {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations) as unknown as JsonSchema;
  if (typeof schema !== 'object' || schema === null) return schema as JsonSchema;
  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' || key === 'title') continue;
    result[key] = SCHEMA_MAPS.has(key)
      ? Object.fromEntries(
          Object.entries(value as JsonSchema).map(([name, sub]) => [name, withoutAnnotations(sub)]),
        )
      : withoutAnnotations(value);
  }
  return result;
}

// ajv reads a discriminated branch's tag as a literal `const`; zod may have moved that
// literal into $defs, so put it back in place.
function withInlineTags(root: JsonSchema): JsonSchema {
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
  const resolve = (schema: JsonSchema): JsonSchema => {
    const ref = schema.$ref;
    return typeof ref === 'string' && ref.startsWith('#/$defs/')
      ? resolve(defs[ref.slice('#/$defs/'.length)]!)
      : schema;
  };
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    Object.values(value).forEach(visit);
    const schema = value as JsonSchema;
    const tag = (schema.discriminator as { propertyName?: string } | undefined)?.propertyName;
    if (tag === undefined || !Array.isArray(schema.oneOf)) return;
    for (const branch of schema.oneOf as JsonSchema[]) {
      const properties = resolve(branch).properties as Record<string, JsonSchema>;
      properties[tag] = resolve(properties[tag]!);
    }
  };
  visit(root);
  return root;
}

/** A generated validator module's source text: `validate(value)` says whether `root` accepts `value` unchanged. */
export function validatorCode(root: z.ZodType): string {
  const ajv = new Ajv2020({
    code: { source: true, esm: true, formats: _`formats` },
    formats: { ...DATASET_FORMATS },
    allErrors: false,
    strict: true,
    // An imported attribute is a string, a number or a boolean: one `type` list.
    allowUnionTypes: true,
    discriminator: true,
    // Lengths in UTF-16 code units, as zod counts them (ajv calls the option deprecated,
    // yet it is the only way).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    unicode: false,
    logger: {
      log: console.log,
      // ajv calls `unicode` deprecated; it is still the one way to count as zod does.
      warn: (...args: unknown[]) => {
        if (!String(args[0]).includes('option unicode')) console.warn(...args);
      },
      error: console.error,
    },
  });
  const validate = ajv.compile(withInlineTags(withoutAnnotations(fastValidatorSchema(root))));
  return [
    '// @ts-nocheck',
    '// Generated by scripts/validator/generateDatasetValidator.ts from the zod schema; do not edit.',
    "import { DATASET_FORMATS as formats } from '../datasetFormats.ts';",
    standaloneCode(ajv, validate),
    '',
  ].join('\n');
}

/** The dataset's validator module (generated/validateDatasetShape.ts). */
export const datasetValidatorCode = () => validatorCode(datasetSchema);

/**
 * The manifest's (data/datasets.json) validator module (generated/validateManifestShape.ts):
 * the list of datasets is checked before the first dataset is asked for, so zod stays
 * off that path too.
 */
export const manifestValidatorCode = () => validatorCode(manifestSchema);
