import type { Dataset } from '../dataset/datasetSchema.ts';
import { isPlacedByOwnDates } from '../graph/relationInPeriod.ts';
import type { DatedItem } from './bucketTimeline.ts';

/**
 * The meetings and relations of a dataset that a period places by their own date,
 * each by one date: a meeting by its date, a relation by its start (its end when
 * only that is known). Other entities have no date and are left out, and so are
 * structural ties without dates (participations, offices, memberships): a period
 * does not hide them for lacking one, since they follow their meeting or hold
 * throughout (see relationInPeriod). A relation with a start and an end is counted
 * where it starts, while the date filter keeps it whenever its span overlaps the
 * period.
 * @example timelineItems(dataset).find((item) => item.id === 'port-alder-meeting')
 * // { id: 'port-alder-meeting', kind: 'meeting', date: '2031-03-03' }
 */
export function timelineItems(dataset: Pick<Dataset, 'entities' | 'relations'>): DatedItem[] {
  const items: DatedItem[] = [];
  for (const entity of dataset.entities) {
    if (entity.kind === 'meeting')
      items.push({ id: entity.id, kind: 'meeting', date: entity.date.date });
  }
  for (const relation of dataset.relations) {
    if (!isPlacedByOwnDates(relation)) continue;
    const date = relation.start?.date ?? relation.end?.date ?? null;
    items.push({ id: relation.id, kind: 'relation', date });
  }
  return items;
}
