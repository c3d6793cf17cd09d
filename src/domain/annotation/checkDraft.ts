import { z } from 'zod';
import { checkJsonStructure } from '../dataset/checkJsonStructure.ts';
import {
  articleSchema,
  datasetSchema,
  FORMAT_VERSION,
  type Dataset,
} from '../dataset/datasetSchema.ts';
import { formatPath } from '../dataset/validateDataset.ts';

// A draft is a dataset in the making: it may have no article yet.
const draftSchema = datasetSchema.extend({ articles: z.array(articleSchema) });

/** What reading a stored draft found. */
export type DraftCheck =
  | { ok: true; dataset: Dataset }
  | { ok: false; reason: 'newer-format'; version: number }
  | { ok: false; reason: 'invalid'; problems: string[] };

/**
 * Checks a draft read back from storage before it is used: a draft written by a
 * newer version of the app is named as such (not "invalid"), anything else that is
 * not a dataset in the making is listed problem by problem.
 * @example checkDraft({ formatVersion: 9 }) // { ok: false, reason: 'newer-format', version: 9 }
 */
export function checkDraft(input: unknown): DraftCheck {
  const version = (input as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION)
    return { ok: false, reason: 'newer-format', version };
  const structural = checkJsonStructure(input);
  if (structural.length > 0)
    return {
      ok: false,
      reason: 'invalid',
      problems: structural.map((p) => `${formatPath(p.path)}: ${p.message}`),
    };
  const parsed = draftSchema.safeParse(input);
  return parsed.success
    ? { ok: true, dataset: parsed.data }
    : {
        ok: false,
        reason: 'invalid',
        problems: parsed.error.issues.map(
          (issue) =>
            `${formatPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)))}: ${issue.message}`,
        ),
      };
}
