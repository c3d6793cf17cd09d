import type { Relation } from '../dataset/datasetSchema.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { RELATION_KINDS } from '../relations/relationKinds.ts';
import { mayHoldDuring, overlapsRange } from './dateRange.ts';

const hasOwnDates = (relation: Pick<Relation, 'start' | 'end'>) =>
  relation.start?.date != null || relation.end?.date != null;

/**
 * Whether a period places a relation by its own dates: an interaction always (one
 * without dates drops out while a period is set), a structural tie only when it
 * has dates; an undated structural tie follows its meeting or holds throughout.
 * @example isPlacedByOwnDates({ kind: 'takes-part-in', start: undefined, end: undefined }) // false
 */
export function isPlacedByOwnDates(relation: Pick<Relation, 'kind' | 'start' | 'end'>): boolean {
  return RELATION_KINDS[relation.kind].category === 'interaction' || hasOwnDates(relation);
}

/**
 * Whether a relation belongs in an inclusive period, using only dates the dataset
 * states. An interaction is an event: it needs dates of its own that overlap the
 * period. A structural tie is a state of affairs: with dates of its own, only they
 * can rule it out (an office with a start and no end is not said to have ended);
 * without, it takes the date of the meeting at its end (a participation, what a
 * meeting concerns), and otherwise (an office, a membership, a topic's subject)
 * holds in any period.
 * @example relationInPeriod(index, index.relationById.get('quint-at-port-alder')!, '2031-03', '2031-03')
 * // true: the Port Alder meeting is dated 2031-03-03
 */
export function relationInPeriod(
  index: DatasetIndex,
  relation: Relation,
  from: string | null,
  to: string | null,
): boolean {
  if (RELATION_KINDS[relation.kind].category === 'interaction') {
    return overlapsRange(relation.start, relation.end, from, to);
  }
  if (hasOwnDates(relation)) return mayHoldDuring(relation.start, relation.end, from, to);
  const meetings = [relation.source, relation.target]
    .map((id) => index.entityById.get(id))
    .filter((entity) => entity?.kind === 'meeting');
  return meetings.every((meeting) => overlapsRange(meeting.date, null, from, to));
}
