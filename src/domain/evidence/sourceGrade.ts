import type { Entity, Relation } from '../dataset/datasetSchema.ts';
import { RELIABILITY_GRADES, type Reliability } from '../dataset/datasetVocabulary.ts';

/**
 * The grades a reliability filter can ask for: "A only", "B or better" … "E or
 * better". F means the reliability cannot be judged, so it is never "better".
 */
export const RELIABILITY_THRESHOLDS = [
  'A',
  'B',
  'C',
  'D',
  'E',
] as const satisfies readonly Reliability[];
export type ReliabilityThreshold = (typeof RELIABILITY_THRESHOLDS)[number];

/**
 * Whether a source's reliability is at or above a threshold on the Admiralty scale
 * (A best). Ungraded and F ("cannot be judged") never are.
 * @example meetsReliability('B', 'C') // true
 */
export function meetsReliability(
  grade: Reliability | undefined,
  atLeast: ReliabilityThreshold,
): boolean {
  if (grade === undefined || grade === 'F') return false;
  return RELIABILITY_GRADES.indexOf(grade) <= RELIABILITY_GRADES.indexOf(atLeast);
}

/**
 * Whether an entity or relation rests on at least one article graded at or above the
 * threshold: by an excerpt of it, or a citation of it.
 * @example hasSourceAtLeast(item, (id) => articles.get(id)?.reliability, 'B')
 */
export function hasSourceAtLeast(
  item: Pick<Entity | Relation, 'evidence' | 'citations'>,
  reliabilityOf: (article: string) => Reliability | undefined,
  atLeast: ReliabilityThreshold,
): boolean {
  return [...item.evidence, ...(item.citations ?? [])].some((source) =>
    meetsReliability(reliabilityOf(source.article), atLeast),
  );
}

/**
 * The Admiralty grade of one excerpt as analysts write it: the source's reliability
 * and the information's credibility ("B2"); a dash for the part not graded ("B–",
 * "–2"); null when neither is.
 * @example admiraltyGrade('B', 2) // 'B2'
 */
export function admiraltyGrade(
  reliability: Reliability | undefined,
  credibility: number | undefined,
): string | null {
  if (reliability === undefined && credibility === undefined) return null;
  return `${reliability ?? '–'}${credibility ?? '–'}`;
}
