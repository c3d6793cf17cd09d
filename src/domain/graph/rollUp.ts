import type { DateClaim, Relation } from '../dataset/datasetSchema.ts';
import { tiesOf, type DatasetIndex } from '../dataset/indexDataset.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';
import { quadClassOf } from '../relations/quadClass.ts';
import {
  RELATION_KIND_IDS,
  RELATION_KINDS,
  stanceOfQuadClass,
  type RelationKind,
  type Stance,
} from '../relations/relationKinds.ts';
import { mayHoldDuring } from './dateRange.ts';
import type { VisibleGraph } from './filterGraph.ts';

/** What a rolled-up tie aggregates: meetings its two ends shared, or relations of one kind. */
export type TieKind = RelationKind | 'meeting';

/**
 * A tie the roll-up derives: between two actors (states, blocs, or whatever an
 * official's relation reaches), standing for the meetings or relations of their
 * officials. Never stored; its id says what it joins.
 */
export interface RolledTie {
  /** `rollup:<source>|<target>|<kind>`, with `|both` for a mutual tie (see tieId). */
  id: string;
  source: string;
  target: string;
  kind: TieKind;
  /** As for relations: none for meetings and symmetric kinds, both for mutual ones. */
  arrows: 'none' | 'forward' | 'both';
  /** The meetings behind a meeting tie, in dataset order; empty for relation ties. */
  meetings: string[];
  /**
   * The relations behind the tie, in dataset order: the aggregated relations of a
   * relation tie; the takes-part-in relations of a meeting tie.
   */
  relations: string[];
  /** The holds-office relations through which officials stand for an end. */
  offices: string[];
  /** The member-of relations through which a named member stands for a bloc end. */
  memberships: string[];
  /** Meetings for a meeting tie, relations otherwise: what the label counts. */
  count: number;
  /** The stance all items behind the tie share; unclassified when they differ. */
  stance: Stance;
  /** Hedged when every relation behind the tie is hedged. */
  modality: 'stated' | 'hedged';
}

/** The graph with officials rolled up into the states and blocs they hold office in. */
export interface RolledUpGraph {
  /** What stays drawn of the dataset: the visible graph less the rolled-up officials and their relations. */
  visible: VisibleGraph;
  /** The derived ties to draw, in dataset order of what they first aggregate. */
  ties: RolledTie[];
  /** How many ties were left out, those with the lowest counts, to stay within the most asked for. */
  cutTies: number;
  /** Ties whose two ends became the same state or bloc (two officials of one state): not drawn. */
  withinOne: RolledTie[];
  /** The officials replaced by their states or blocs. */
  officials: string[];
  /**
   * Relations and meetings of a rolled-up official that no office covers: each
   * office's dates, where known, end before or begin after the item's date.
   */
  unattributed: string[];
}

/** The prefix that marks a rolled-up tie's id; dataset ids never contain a colon. */
export const TIE_ID_PREFIX = 'rollup:';

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const TIE_ID = new RegExp(`^rollup:(${ID})\\|(${ID})\\|([a-z-]+)(\\|both)?$`);

/**
 * The id of a rolled-up tie. Ends of a tie without direction (a meeting, a symmetric
 * kind, a mutual relation) are sorted, so both ways of reading it give one id.
 * @example tieId('russia', 'north-korea', 'meeting', 'none') // 'rollup:north-korea|russia|meeting'
 */
export function tieId(
  source: string,
  target: string,
  kind: TieKind,
  arrows: RolledTie['arrows'],
): string {
  const [a, b] = arrows === 'forward' || source <= target ? [source, target] : [target, source];
  return `${TIE_ID_PREFIX}${a}|${b}|${kind}${arrows === 'both' ? '|both' : ''}`;
}

/**
 * Reads a rolled-up tie's id; null when the text is not one.
 * @example parseTieId('rollup:north-korea|russia|meeting')
 * // { source: 'north-korea', target: 'russia', kind: 'meeting', isMutual: false }
 */
export function parseTieId(
  text: string,
): { source: string; target: string; kind: TieKind; isMutual: boolean } | null {
  const match = TIE_ID.exec(text);
  if (match === null) return null;
  const [, source, target, kind, both] = match;
  if (kind !== 'meeting' && !(RELATION_KIND_IDS as readonly string[]).includes(kind!)) return null;
  return { source: source!, target: target!, kind: kind as TieKind, isMutual: both !== undefined };
}

/** The days an item covers, as a range of dates of any precision; null ends are open or unknown. */
interface Span {
  first: string | null;
  last: string | null;
}

const spanOf = (start: DateClaim | null | undefined, end: DateClaim | null | undefined): Span => ({
  first: start?.date ?? end?.date ?? null,
  last: end?.date ?? start?.date ?? null,
});

/**
 * Whether an office could have been held at an item's time: only known dates rule it
 * out, as they do for an office under a period (relationInPeriod).
 */
const officeCovers = (office: Relation, item: Span): boolean =>
  mayHoldDuring(office.start, office.end, item.first, item.last);

/** An end of a tie, and the office through which an official stands for it. */
interface StandIn {
  end: string;
  office: string | null;
}

const STRUCTURAL_TIE_KINDS: readonly TieKind[] = RELATION_KIND_IDS.filter(
  (kind) => RELATION_KINDS[kind].category === 'structural',
);

function meetingStance(cameo: string | null): Stance {
  const quadClass = cameo === null ? null : quadClassOf(cameo);
  return quadClass === null ? 'unclassified' : stanceOfQuadClass(quadClass);
}

/**
 * Rolls officials up into the states and blocs they hold office in, after the
 * filters: the input is the visible graph, the output what to draw instead.
 *
 * - An official is replaced when a holds-office relation of the dataset ties them
 *   to a visible state or bloc; one without (or whose state is hidden) stays as is.
 *   Offices are structure, not something a filter hides: a stance filter that
 *   drops structural ties still rolls officials up.
 * - An official with several offices stands for each state or bloc held, except
 *   where both the office's dates and the item's date are known and do not overlap;
 *   an item no office covers is listed in `unattributed`, never guessed. The
 *   drill-down names the office (the tie's `offices`).
 * - Meetings: each visible meeting joins every pair of its participants whose
 *   takes-part-in relation is visible, after replacement (states taking part
 *   directly, and officials who stand for no one, count too), in one undirected
 *   `meeting` tie per pair whose count is the number of meetings. Two officials of
 *   one state in a meeting make no tie. Participation is not structure the way an
 *   office is: a period, stance or relation-kind filter that cuts a meeting off from
 *   its participants in the graph leaves it no tie here either, so the roll-up and
 *   the graph count the same meetings.
 * - Relations with a replaced official at an end become one tie per pair, kind
 *   and direction (mutual and symmetric kinds undirected), counting the relations.
 *   A kind rather than a QuadClass: it says what the analyst reads ("supports",
 *   "is in tension with"), and the stance still colours it. The official's own
 *   offices are what the roll-up goes through, so they become no tie.
 * - Blocs: an actor tie (a meeting or an interaction) also joins each bloc that
 *   the dataset names one of its ends a member of (a visible member-of relation's
 *   end, both visible); a bloc with no named member gets no tie, whatever the
 *   world knows of it. Structural ties are not passed on to blocs.
 * - A tie whose two ends become one (two officials of one state) is not drawn but
 *   kept in `withinOne`. Past `maxTies`, the ties with the lowest counts are left
 *   out (a large dataset would otherwise draw more ties than it has entities) and
 *   counted in `cutTies`. Ties between states that the dataset states directly are
 *   left as they are, so nothing is counted twice.
 * @example rollUp(seedIndex, filterGraph(seedIndex, DEFAULT_VIEW)).ties.map((t) => t.id)
 * // ['rollup:north-korea|russia|meeting', 'rollup:russia|lavrov-choe-meeting|takes-part-in',
 * //  'rollup:north-korea|lavrov-choe-meeting|takes-part-in']
 */
export function rollUp(
  index: DatasetIndex,
  visible: VisibleGraph,
  maxTies = Infinity,
): RolledUpGraph {
  const { dataset, entityById } = index;
  const isShown = (id: string) => visible.entities.has(id);

  const officesOf = new Map<string, Relation[]>();
  for (const relation of dataset.relations) {
    if (relation.kind !== 'holds-office') continue;
    if (!isShown(relation.source) || !isShown(relation.target)) continue;
    officesOf.set(relation.source, [...(officesOf.get(relation.source) ?? []), relation]);
  }
  const standFor = (id: string, when: Span): StandIn[] => {
    const offices = officesOf.get(id);
    if (offices === undefined) return [{ end: id, office: null }];
    return offices
      .filter((office) => officeCovers(office, when))
      .map((office) => ({ end: office.target, office: office.id }));
  };

  const ties = new Map<string, RolledTie>();
  const withinOne = new Map<string, RolledTie>();
  const stances = new Map<string, Set<Stance>>();
  const unattributed: string[] = [];
  const hiddenRelations = new Set<string>();

  const tieFor = (
    source: string,
    target: string,
    kind: TieKind,
    arrows: RolledTie['arrows'],
  ): RolledTie => {
    const id = tieId(source, target, kind, arrows);
    const into = source === target ? withinOne : ties;
    let tie = into.get(id);
    if (tie === undefined) {
      const [a, b] = id.slice(TIE_ID_PREFIX.length).split('|');
      tie = {
        id,
        source: a!,
        target: b!,
        kind,
        arrows,
        meetings: [],
        relations: [],
        offices: [],
        memberships: [],
        count: 0,
        stance: 'unclassified',
        modality: 'hedged',
      };
      into.set(id, tie);
      stances.set(id, new Set());
    }
    return tie;
  };
  const addTo = (
    tie: RolledTie,
    items: {
      meeting?: string;
      relations: readonly Relation[];
      offices: readonly (string | null)[];
      memberships?: readonly string[];
      stance: Stance;
    },
  ) => {
    const addAll = (list: string[], values: readonly (string | null | undefined)[]) => {
      for (const value of values) if (value != null && !list.includes(value)) list.push(value);
    };
    addAll(tie.meetings, [items.meeting]);
    addAll(
      tie.relations,
      items.relations.map((r) => r.id),
    );
    addAll(tie.offices, items.offices);
    addAll(tie.memberships, items.memberships ?? []);
    if (items.relations.some((r) => classifyRelation(r).modality === 'stated'))
      tie.modality = 'stated';
    stances.get(tie.id)!.add(items.stance);
  };

  // The state-level ties first; blocs then take them over from their named members.
  const actorTies: { tie: RolledTie; add: Parameters<typeof addTo>[1] }[] = [];

  for (const meeting of dataset.entities) {
    if (meeting.kind !== 'meeting' || !isShown(meeting.id)) continue;
    const when = spanOf(meeting.date, null);
    const actors = new Map<string, { relations: Relation[]; offices: (string | null)[] }>();
    for (const { relation, other } of tiesOf(index, meeting.id, 'takes-part-in', 'incoming')) {
      if (!isShown(other.id) || !visible.relations.has(relation.id)) continue;
      const stands = standFor(other.id, when);
      if (stands.length === 0) unattributed.push(relation.id);
      for (const { end, office } of stands) {
        const actor = actors.get(end) ?? { relations: [], offices: [] };
        actor.relations.push(relation);
        actor.offices.push(office);
        actors.set(end, actor);
      }
    }
    const ends = [...actors.keys()];
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) {
        const [a, b] = [actors.get(ends[i]!)!, actors.get(ends[j]!)!];
        const tie = tieFor(ends[i]!, ends[j]!, 'meeting', 'none');
        const add = {
          meeting: meeting.id,
          relations: [...a.relations, ...b.relations],
          offices: [...a.offices, ...b.offices],
          stance: meetingStance(meeting.cameo),
        };
        addTo(tie, add);
        actorTies.push({ tie, add });
      }
    }
  }

  for (const relation of dataset.relations) {
    if (!visible.relations.has(relation.id)) continue;
    if (!officesOf.has(relation.source) && !officesOf.has(relation.target)) continue;
    hiddenRelations.add(relation.id);
    if (relation.kind === 'holds-office') continue;
    const when = spanOf(relation.start, relation.end);
    const sources = standFor(relation.source, when);
    const targets = standFor(relation.target, when);
    if (sources.length === 0 || targets.length === 0) unattributed.push(relation.id);
    const { arrows, stance } = classifyRelation(relation);
    for (const s of sources) {
      for (const t of targets) {
        const tie = tieFor(s.end, t.end, relation.kind, arrows);
        const add = { relations: [relation], offices: [s.office, t.office], stance };
        addTo(tie, add);
        if (!STRUCTURAL_TIE_KINDS.includes(relation.kind)) actorTies.push({ tie, add });
      }
    }
  }

  const blocsOf = new Map<string, Relation[]>();
  for (const relation of dataset.relations) {
    if (relation.kind !== 'member-of' || officesOf.has(relation.source)) continue;
    if (!isShown(relation.source) || !isShown(relation.target)) continue;
    blocsOf.set(relation.source, [...(blocsOf.get(relation.source) ?? []), relation]);
  }
  for (const { tie, add } of actorTies) {
    if (tie.source === tie.target) continue;
    const sides = (end: string) => [
      { end, membership: null },
      ...(blocsOf.get(end) ?? []).map((m) => ({ end: m.target, membership: m.id })),
    ];
    for (const s of sides(tie.source)) {
      for (const t of sides(tie.target)) {
        if (s.membership === null && t.membership === null) continue;
        const blocTie = tieFor(s.end, t.end, tie.kind, tie.arrows);
        addTo(blocTie, {
          ...add,
          memberships: [s.membership, t.membership].filter((m) => m !== null),
        });
      }
    }
  }

  const entityOrder = new Map(dataset.entities.map((e, i) => [e.id, i]));
  const relationOrder = new Map(dataset.relations.map((r, i) => [r.id, i]));
  const finish = (tie: RolledTie): RolledTie => {
    const shared = stances.get(tie.id)!;
    const order = (ids: string[], position: (id: string) => number) =>
      ids.sort((x, y) => position(x) - position(y));
    order(tie.meetings, (id) => entityOrder.get(id) ?? 0);
    order(tie.relations, (id) => relationOrder.get(id) ?? 0);
    return {
      ...tie,
      count: tie.kind === 'meeting' ? tie.meetings.length : tie.relations.length,
      stance: shared.size === 1 ? [...shared][0]! : 'unclassified',
    };
  };

  const entities = new Set([...visible.entities].filter((id) => !officesOf.has(id)));
  const relations = new Set([...visible.relations].filter((id) => !hiddenRelations.has(id)));
  const dimmed = new Set([...visible.dimmed].filter((id) => entities.has(id) || relations.has(id)));
  let drawn = [...ties.values()].map(finish);
  const cutTies = Math.max(0, drawn.length - maxTies);
  if (cutTies > 0) {
    const kept = new Set(
      [...drawn]
        .sort((a, b) => b.count - a.count)
        .slice(0, maxTies)
        .map((tie) => tie.id),
    );
    drawn = drawn.filter((tie) => kept.has(tie.id));
  }
  return {
    visible: { entities, relations, dimmed },
    ties: drawn,
    cutTies,
    withinOne: [...withinOne.values()].map(finish),
    officials: [...officesOf.keys()].filter((id) => entityById.get(id)?.kind === 'official'),
    unattributed,
  };
}
