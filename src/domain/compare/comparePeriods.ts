import type { Relation } from '../dataset/datasetSchema.ts';
import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { relationInPeriod } from '../graph/relationInPeriod.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';
import type { QuadClass } from '../relations/quadClass.ts';
import type { RelationKind, Stance } from '../relations/relationKinds.ts';

/** An inclusive period, each end as YYYY, YYYY-MM or YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

/**
 * What became of a tie from period A to period B: `new` (only in B), `ended` (only
 * in A), `changed` (in both, with another stance or QuadClass, or a count that moved
 * by more than the threshold), `kept` (in both, otherwise).
 */
export const TIE_STATUSES = ['new', 'ended', 'changed', 'kept'] as const;
export type TieStatus = (typeof TIE_STATUSES)[number];

/** Why a tie in both periods counts as changed. */
export const CHANGE_REASONS = ['stance', 'quadClass', 'count'] as const;
export type ChangeReason = (typeof CHANGE_REASONS)[number];

/** A tie as one period sees it: the relations dated in it, and what they say. */
export interface TieSide {
  /** Relation ids, in dataset order: the evidence of the tie in this period. */
  relations: string[];
  kinds: RelationKind[];
  stances: Stance[];
  quadClasses: QuadClass[];
}

/** Two entities and what joins them in each period (direction is not compared). */
export interface ComparedTie {
  /** `a|b`, the ends' ids in code-point order. */
  id: string;
  ends: [string, string];
  status: TieStatus;
  /** Empty unless changed. */
  reasons: ChangeReason[];
  a: TieSide;
  b: TieSide;
}

export interface Comparison {
  /** Ties in A or B, grouped by status in TIE_STATUSES order, then by id. */
  ties: ComparedTie[];
  /**
   * Relations that no stated date places: interactions without dates, participations
   * in undated meetings, offices and memberships without dates. They are listed apart
   * and never put in a period.
   */
  undated: string[];
}

/** How far counts may move before a tie counts as changed, unless the analyst says otherwise. */
export const DEFAULT_COUNT_THRESHOLD = 0;

/**
 * Whether a stated date decides if a relation falls in a period: its own dates, or
 * (with none) the dates of the meetings at its ends.
 * @example isDatedForComparison(index, index.relationById.get('quint-office')!) // false: an undated office
 */
export function isDatedForComparison(index: DatasetIndex, relation: Relation): boolean {
  if (relation.start?.date != null || relation.end?.date != null) return true;
  const meetings = [relation.source, relation.target]
    .map((id) => index.entityById.get(id))
    .filter((entity) => entity?.kind === 'meeting');
  return meetings.length > 0 && meetings.every((meeting) => meeting.date.date !== null);
}

const emptySide = (): TieSide => ({ relations: [], kinds: [], stances: [], quadClasses: [] });

function addTo(side: TieSide, relation: Relation): void {
  const { stance, quadClass } = classifyRelation(relation);
  side.relations.push(relation.id);
  if (!side.kinds.includes(relation.kind)) side.kinds.push(relation.kind);
  if (!side.stances.includes(stance)) side.stances.push(stance);
  if (quadClass !== null && !side.quadClasses.includes(quadClass)) side.quadClasses.push(quadClass);
}

const sameSet = (x: readonly string[], y: readonly string[]) =>
  x.length === y.length && x.every((item) => y.includes(item));

function statusOf(a: TieSide, b: TieSide, threshold: number): [TieStatus, ChangeReason[]] {
  if (a.relations.length === 0) return ['new', []];
  if (b.relations.length === 0) return ['ended', []];
  const reasons: ChangeReason[] = [];
  if (!sameSet(a.stances, b.stances)) reasons.push('stance');
  if (!sameSet(a.quadClasses, b.quadClasses)) reasons.push('quadClass');
  if (Math.abs(a.relations.length - b.relations.length) > threshold) reasons.push('count');
  return [reasons.length > 0 ? 'changed' : 'kept', reasons];
}

/**
 * Compares two periods tie by tie over the given relations (those the filters other
 * than the dates let through). A relation belongs in a period by the period rules of
 * the date filter (relationInPeriod); one no stated date places is listed in
 * `undated`, never in a period. Counts are numbers of relations.
 * @example comparePeriods(index, index.dataset.relations, { from: '2031-01', to: '2031-02' }, { from: '2031-03', to: '2031-04' }).ties[0].status
 * // 'new'
 */
export function comparePeriods(
  index: DatasetIndex,
  relations: Iterable<Relation>,
  a: Period,
  b: Period,
  threshold: number = DEFAULT_COUNT_THRESHOLD,
): Comparison {
  const byTie = new Map<string, { ends: [string, string]; a: TieSide; b: TieSide }>();
  const undated: string[] = [];
  for (const relation of relations) {
    if (!isDatedForComparison(index, relation)) {
      undated.push(relation.id);
      continue;
    }
    const inA = relationInPeriod(index, relation, a.from, a.to);
    const inB = relationInPeriod(index, relation, b.from, b.to);
    if (!inA && !inB) continue;
    const ends: [string, string] =
      relation.source <= relation.target
        ? [relation.source, relation.target]
        : [relation.target, relation.source];
    const id = ends.join('|');
    let tie = byTie.get(id);
    if (tie === undefined) {
      tie = { ends, a: emptySide(), b: emptySide() };
      byTie.set(id, tie);
    }
    if (inA) addTo(tie.a, relation);
    if (inB) addTo(tie.b, relation);
  }
  const ties: ComparedTie[] = [...byTie].map(([id, tie]) => {
    const [status, reasons] = statusOf(tie.a, tie.b, threshold);
    return { id, ends: tie.ends, status, reasons, a: tie.a, b: tie.b };
  });
  const rank = (status: TieStatus) => TIE_STATUSES.indexOf(status);
  ties.sort((x, y) => rank(x.status) - rank(y.status) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { ties, undated };
}

/** How the graph marks a relation while two periods are compared. */
export type RelationMark = TieStatus | 'undated' | 'outside';

/**
 * The mark of each relation: the status of its tie when it falls in A or B,
 * `undated` when no date places it, `outside` when it is dated outside both.
 * @example relationMarks(comparison, ['r1']).get('r1') // 'kept'
 */
export function relationMarks(
  comparison: Comparison,
  relationIds: Iterable<string>,
): Map<string, RelationMark> {
  const marks = new Map<string, RelationMark>();
  for (const tie of comparison.ties)
    for (const id of [...tie.a.relations, ...tie.b.relations]) marks.set(id, tie.status);
  for (const id of comparison.undated) marks.set(id, 'undated');
  for (const id of relationIds) if (!marks.has(id)) marks.set(id, 'outside');
  return marks;
}

/**
 * The mark of a rolled-up tie (officials drawn as their states) from the marks of
 * the relations behind it: the mark they share; `changed` when the ones in either
 * period differ (the two ends were joined in A and in B, by other ties); with none
 * in either period, `undated` if any is undated, else `outside`.
 * @example rolledTieMark(['new', 'ended']) // 'changed'
 */
export function rolledTieMark(marks: readonly RelationMark[]): RelationMark {
  const inPeriods = new Set(marks.filter((mark) => mark !== 'undated' && mark !== 'outside'));
  if (inPeriods.size === 1) return [...inPeriods][0]!;
  if (inPeriods.size > 1) return 'changed';
  return marks.includes('undated') ? 'undated' : 'outside';
}

/**
 * How many ties have each status.
 * @example countByStatus(comparison) // { new: 1, ended: 0, changed: 2, kept: 3 }
 */
export function countByStatus(comparison: Comparison): Record<TieStatus, number> {
  const counts: Record<TieStatus, number> = { new: 0, ended: 0, changed: 0, kept: 0 };
  for (const tie of comparison.ties) counts[tie.status] += 1;
  return counts;
}
