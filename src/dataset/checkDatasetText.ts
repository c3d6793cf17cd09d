import { validateDataset } from '../domain/dataset/validateDataset.ts';
import type { DatasetCheck } from './datasetCheck.ts';
import { checkOutcome, parseDatasetText } from './checkDatasetTextFast.ts';

export type { DatasetCheck } from './datasetCheck.ts';

/**
 * Parses and checks a dataset's text, with zod's messages when its shape is wrong;
 * never throws. The page and the worker run checkDatasetTextLoadingZod, which
 * loads zod only for a refused file.
 */
export function checkDatasetText(text: string): DatasetCheck {
  const parsed = parseDatasetText(text);
  return 'json' in parsed ? checkOutcome(validateDataset(parsed.json)) : parsed;
}
