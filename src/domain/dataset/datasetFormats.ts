import { isHttpUrl } from '../articles/isHttpUrl.ts';
import { isCalendarDate, isLanguageTag } from './datasetVocabulary.ts';

/**
 * The checks a JSON Schema cannot express, by the `format` name the dataset schema
 * gives them: the ahead-of-time validator (src/domain/dataset/generated/) calls these
 * for every string of that format, the same functions zod's refinements call.
 * `trimmed` stands for zod's `.trim()`: a string zod would change is left to zod.
 * @example DATASET_FORMATS['language-tag']('en-GB') // true
 */
export const DATASET_FORMATS: Readonly<Record<string, (value: string) => boolean>> = {
  'language-tag': isLanguageTag,
  'calendar-date': isCalendarDate,
  'http-url': isHttpUrl,
  trimmed: (value) => value.trim() === value,
};
