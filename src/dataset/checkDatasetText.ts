import { validateDataset } from '../domain/dataset/validateDataset.ts';
import { checkOutcome, parseDatasetText, type DatasetCheck } from './checkDatasetTextFast.ts';

export type { DatasetCheck } from './checkDatasetTextFast.ts';

/**
 * Parses and checks a dataset's text, with zod's messages when its shape is wrong;
 * never throws. A page tries checkDatasetTextFast first, which needs no zod.
 */
export function checkDatasetText(text: string): DatasetCheck {
  const parsed = parseDatasetText(text);
  return 'json' in parsed ? checkOutcome(validateDataset(parsed.json)) : parsed;
}
