import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, DateClaim, EntityKind, Relation } from '../dataset/datasetSchema.ts';
import { indexDataset, type DatasetIndex } from '../dataset/indexDataset.ts';
import type { RelationKind } from '../relations/relationKinds.ts';
import { DEFAULT_VIEW, type ViewState } from '../view/viewState.ts';
import { filterGraph } from './filterGraph.ts';
import { parseTieId, rollUp, tieId, type RolledTie } from './rollUp.ts';

const bundled = (id: string) =>
  indexDataset(
    JSON.parse(
      readFileSync(new URL(`../../../data/${id}.json`, import.meta.url), 'utf8'),
    ) as Dataset,
  );
const rolled = (index: DatasetIndex, view: Partial<ViewState> = {}) =>
  rollUp(index, filterGraph(index, { ...DEFAULT_VIEW, ...view }));
const byId = (ties: readonly RolledTie[]) => new Map(ties.map((t) => [t.id, t]));

// Synthetic test data with fictional names; only what the roll-up reads is filled in.
const evidence = [
  { article: 'synthetic', paragraph: 1, offset: 0, quote: 'x', modality: 'stated' as const },
];
type EntitySpec = [id: string, kind: EntityKind, date?: string];
type RelationSpec = [
  id: string,
  kind: RelationKind,
  source: string,
  target: string,
  extra?: Partial<Relation>,
];
function synthetic(entities: EntitySpec[], relations: RelationSpec[]): DatasetIndex {
  return indexDataset({
    formatVersion: 1,
    id: 'synthetic-rollup',
    title: { en: 'Synthetic roll-up test data' },
    synthetic: true,
    articles: [],
    entities: entities.map(([id, kind, date]) =>
      kind === 'meeting'
        ? {
            id,
            kind,
            name: { en: id },
            evidence,
            date: { date: date ?? null },
            place: null,
            cameo: '04',
          }
        : { id, kind, name: { en: id }, evidence },
    ),
    relations: relations.map(([id, kind, source, target, extra]) => ({
      id,
      kind,
      source,
      target,
      evidence,
      ...(kind === 'holds-office' ? { role: { en: 'Minister' } } : {}),
      ...extra,
    })),
  });
}
const dated = (date: string): DateClaim => ({ date });

describe('rollUp on the seed', () => {
  const index = bundled('lavrov-choe');

  it('replaces Lavrov and Choe Son-hui by Russia and North Korea, through their offices', () => {
    const graph = rolled(index);
    expect(graph.officials).toEqual(['sergey-lavrov', 'choe-son-hui']);
    expect(graph.visible.entities.has('sergey-lavrov')).toBe(false);
    expect(graph.visible.entities.has('choe-son-hui')).toBe(false);
    expect(graph.visible.entities.size).toBe(8);
    // Their offices and their part in the meeting are no longer drawn as such.
    for (const id of [
      'lavrov-holds-office',
      'choe-holds-office',
      'lavrov-at-meeting',
      'choe-at-meeting',
    ])
      expect(graph.visible.relations.has(id)).toBe(false);
    expect(graph.visible.relations.size).toBe(10);
  });

  it('draws their meeting as one Russia–North Korea tie, with what lies behind it', () => {
    const tie = byId(rolled(index).ties).get('rollup:north-korea|russia|meeting');
    expect(tie).toMatchObject({
      source: 'north-korea',
      target: 'russia',
      arrows: 'none',
      count: 1,
      meetings: ['lavrov-choe-meeting'],
      relations: ['lavrov-at-meeting', 'choe-at-meeting'],
      offices: ['lavrov-holds-office', 'choe-holds-office'],
      memberships: [],
      stance: 'cooperation',
    });
  });

  it('ties each state to the meeting its official took part in', () => {
    const ties = rolled(index).ties.map((t) => `${t.source} ${t.kind} ${t.target} ×${t.count}`);
    expect(ties).toEqual([
      'north-korea meeting russia ×1',
      'russia takes-part-in lavrov-choe-meeting ×1',
      'north-korea takes-part-in lavrov-choe-meeting ×1',
    ]);
  });

  it('makes no bloc tie: the West has no named members, and the US takes part in nothing', () => {
    const ends = rolled(index).ties.flatMap((t) => [t.source, t.target]);
    expect(ends).not.toContain('the-west');
    expect(ends).not.toContain('us-and-allies');
  });

  it('applies after the filters', () => {
    // Without meetings there is no meeting tie, and the offices still roll officials up.
    const noMeetings = rolled(index, { entityKinds: ['state', 'bloc', 'official', 'topic'] });
    expect(noMeetings.ties).toEqual([]);
    expect(noMeetings.visible.entities.has('sergey-lavrov')).toBe(false);
    // A stance filter that hides participation cuts the meeting off from Lavrov and
    // Choe in the graph, so it makes no tie either; offices are structure, and still
    // roll the officials up.
    const cooperation = rolled(index, { stances: ['cooperation'] });
    expect(cooperation.ties).toEqual([]);
    expect(cooperation.officials).toEqual(['sergey-lavrov', 'choe-son-hui']);
    // With the states hidden, the officials stand for no one and stay as they are;
    // their meeting still becomes a tie between them.
    const withoutStates = rolled(index, { entityKinds: ['official', 'meeting'] });
    expect(withoutStates.officials).toEqual([]);
    expect(withoutStates.visible.entities.has('sergey-lavrov')).toBe(true);
    expect(withoutStates.ties.map((t) => t.id)).toEqual([
      'rollup:choe-son-hui|sergey-lavrov|meeting',
    ]);
  });
});

describe('rollUp on the fictional dataset', () => {
  const graph = rolled(bundled('fictional-veld'));
  const ties = byId(graph.ties);

  it('turns the Port Alder meeting into a Norland–Tesk tie', () => {
    expect(ties.get('rollup:norland|tesk|meeting')).toMatchObject({
      count: 1,
      meetings: ['port-alder-meeting'],
      offices: ['quint-office', 'dosan-office'],
    });
  });

  it('passes the meeting on to the Northern Compact, whose named member Norland is', () => {
    expect(ties.get('rollup:northern-compact|tesk|meeting')).toMatchObject({
      count: 1,
      meetings: ['port-alder-meeting'],
      memberships: ['norland-in-compact'],
    });
    // Orsk is a member too, but no official of Orsk met anyone.
    expect(graph.ties.some((t) => t.source === 'orsk' || t.target === 'orsk')).toBe(false);
  });

  it('attributes a Prime Minister’s warning to his state', () => {
    expect(ties.get('rollup:tesk|vossia|in-tension-with')).toMatchObject({
      relations: ['ens-warns-tesk'],
      offices: ['ens-office'],
      stance: 'conflict',
      arrows: 'none',
    });
    expect(graph.visible.relations.has('ens-warns-tesk')).toBe(false);
    // The states' own relations stay as they are.
    expect(graph.visible.relations.has('vossia-condemns-accord')).toBe(true);
  });
});

describe('rollUp and the graph under the filters', () => {
  const index = bundled('fictional-veld');
  const meetingTie = 'rollup:norland|tesk|meeting';

  it('keeps the Port Alder tie in a period containing the meeting, and drops it outside', () => {
    const march = byId(rolled(index, { from: '2031-03', to: '2031-03' }).ties);
    expect(march.get(meetingTie)).toMatchObject({
      meetings: ['port-alder-meeting'],
      relations: ['quint-at-port-alder', 'dosan-at-port-alder'],
      offices: ['quint-office', 'dosan-office'],
    });
    expect(march.has('rollup:northern-compact|tesk|meeting')).toBe(true);
    const april = rolled(index, { from: '2031-04', to: '2031-04' });
    expect(april.ties.some((t) => t.kind === 'meeting')).toBe(false);
    // Ens's warning is dated April 2031 and still reaches Vossia through his office.
    expect(byId(april.ties).has('rollup:tesk|vossia|in-tension-with')).toBe(true);
  });

  it('draws no meeting tie when a relation filter hides the participations', () => {
    const kinds = rolled(index, { relationKinds: ['holds-office', 'cooperates-with'] });
    expect(kinds.ties.some((t) => t.kind === 'meeting')).toBe(false);
  });

  it('counts only meetings and participations the graph shows, whatever the filters', () => {
    const views: Partial<ViewState>[] = [
      {},
      { from: '2031-03', to: '2031-03' },
      { from: '2031-03-03', to: null },
      { from: '2031-04', to: '2031-04' },
      { from: null, to: '2031-02' },
      { relationKinds: ['takes-part-in', 'holds-office', 'in-tension-with'] },
      { relationKinds: ['supports'] },
      { stances: ['conflict'] },
      { stances: ['structural'], from: '2031', to: '2031' },
    ];
    for (const view of views) {
      const graph = filterGraph(index, { ...DEFAULT_VIEW, ...view });
      const shownMeetings = [...graph.entities].filter(
        (id) => index.entityById.get(id)?.kind === 'meeting',
      );
      const joined = shownMeetings.filter(
        (id) =>
          [...graph.relations].filter((r) => index.relationById.get(r)?.target === id).length >= 2,
      );
      const ties = rollUp(index, graph).ties.filter((t) => t.kind === 'meeting');
      const counted = new Set(ties.flatMap((t) => t.meetings));
      expect([...counted].sort(), JSON.stringify(view)).toEqual(joined.sort());
      for (const id of ties.flatMap((t) => t.relations))
        expect(graph.relations.has(id), `${id} in ${JSON.stringify(view)}`).toBe(true);
    }
  });
});

describe('rollUp on synthetic data', () => {
  const actors: EntitySpec[] = [
    ['amber', 'state'],
    ['birch', 'state'],
    ['cobalt', 'state'],
    ['grey-pact', 'bloc'],
    ['named-pact', 'bloc'],
    ['ana-one', 'official'],
    ['ben-two', 'official'],
    ['cem-three', 'official'],
    ['dia-four', 'official'],
    ['free-agent', 'official'],
  ];
  const offices: RelationSpec[] = [
    ['ana-office', 'holds-office', 'ana-one', 'amber'],
    ['ben-office', 'holds-office', 'ben-two', 'birch'],
    ['cem-office', 'holds-office', 'cem-three', 'amber'],
    ['dia-office', 'holds-office', 'dia-four', 'cobalt'],
    ['birch-in-named', 'member-of', 'birch', 'named-pact'],
  ];

  it('counts relations of one kind and direction between the same two states', () => {
    const graph = rolled(
      synthetic(actors, [
        ...offices,
        ['s1', 'supports', 'ana-one', 'ben-two'],
        ['s2', 'supports', 'cem-three', 'ben-two'],
        ['s3', 'supports', 'ben-two', 'ana-one'],
        ['s4', 'supports', 'ben-two', 'cem-three', { mutual: true }],
      ]),
    );
    const ties = byId(graph.ties);
    expect(ties.get('rollup:amber|birch|supports')).toMatchObject({
      source: 'amber',
      target: 'birch',
      arrows: 'forward',
      count: 2,
      relations: ['s1', 's2'],
    });
    expect(ties.get('rollup:birch|amber|supports')).toMatchObject({ count: 1, relations: ['s3'] });
    expect(ties.get('rollup:amber|birch|supports|both')).toMatchObject({
      arrows: 'both',
      relations: ['s4'],
    });
  });

  it('counts meetings, not participants, and drops two officials of one state meeting', () => {
    const graph = rolled(
      synthetic(
        [...actors, ['m1', 'meeting'], ['m2', 'meeting'], ['m3', 'meeting']],
        [
          ...offices,
          ['a1', 'takes-part-in', 'ana-one', 'm1'],
          ['b1', 'takes-part-in', 'ben-two', 'm1'],
          ['c1', 'takes-part-in', 'cem-three', 'm1'],
          ['a2', 'takes-part-in', 'ana-one', 'm2'],
          ['b2', 'takes-part-in', 'ben-two', 'm2'],
          ['a3', 'takes-part-in', 'ana-one', 'm3'],
          ['c3', 'takes-part-in', 'cem-three', 'm3'],
          ['rivals', 'in-tension-with', 'ana-one', 'cem-three'],
        ],
      ),
    );
    expect(byId(graph.ties).get('rollup:amber|birch|meeting')).toMatchObject({
      count: 2,
      meetings: ['m1', 'm2'],
    });
    expect(graph.ties.some((t) => t.kind === 'meeting' && t.meetings.includes('m3'))).toBe(false);
    expect(graph.withinOne.map((t) => t.id)).toEqual(['rollup:amber|amber|in-tension-with']);
    expect(graph.ties.some((t) => t.source === t.target)).toBe(false);
  });

  it('passes ties on to a bloc only where the dataset names the member', () => {
    const graph = rolled(
      synthetic(actors, [
        ...offices,
        ['warns', 'in-tension-with', 'ana-one', 'ben-two'],
        ['pact-talk', 'cooperates-with', 'dia-four', 'grey-pact'],
      ]),
    );
    const ids = graph.ties.map((t) => t.id);
    expect(ids).toContain('rollup:amber|named-pact|in-tension-with');
    // The Grey Pact names no member: nothing reaches it but what is tied to it directly.
    expect(ids).toContain('rollup:cobalt|grey-pact|cooperates-with');
    expect(ids.filter((id) => id.includes('grey-pact'))).toHaveLength(1);
  });

  it('keeps the ties with the highest counts when asked for fewer', () => {
    const index = synthetic(actors, [
      ...offices,
      ['t1', 'supports', 'ana-one', 'ben-two'],
      ['t2', 'supports', 'cem-three', 'ben-two'],
      ['t3', 'in-tension-with', 'dia-four', 'ben-two'],
    ]);
    const all = rollUp(index, filterGraph(index, DEFAULT_VIEW));
    expect(all.cutTies).toBe(0);
    const one = rollUp(index, filterGraph(index, DEFAULT_VIEW), 1);
    expect(one.ties.map((t) => `${t.id} ×${t.count}`)).toEqual(['rollup:amber|birch|supports ×2']);
    expect(one.cutTies).toBe(all.ties.length - 1);
  });

  it('leaves an official without an office as they are', () => {
    const graph = rolled(
      synthetic(actors, [...offices, ['tip', 'supports', 'free-agent', 'ana-one']]),
    );
    expect(graph.visible.entities.has('free-agent')).toBe(true);
    expect(graph.officials).not.toContain('free-agent');
    expect(byId(graph.ties).get('rollup:free-agent|amber|supports')?.relations).toEqual(['tip']);
  });

  it('ties an official with two offices to both, unless the dates rule one out', () => {
    const twoOffices: RelationSpec[] = [
      ...offices.filter(([id]) => id !== 'ana-office'),
      ['ana-early', 'holds-office', 'ana-one', 'amber', { end: dated('2030') }],
      ['ana-late', 'holds-office', 'ana-one', 'cobalt', { start: dated('2032-02') }],
    ];
    const ends = (relation: RelationSpec) =>
      rolled(synthetic(actors, [...twoOffices, relation]))
        .ties.map((t) => `${t.source}>${t.target}`)
        .sort();
    expect(ends(['undated', 'supports', 'ana-one', 'ben-two'])).toEqual([
      'amber>birch',
      'amber>named-pact',
      'cobalt>birch',
      'cobalt>named-pact',
    ]);
    expect(
      ends(['late', 'supports', 'ana-one', 'ben-two', { start: dated('2033-01-05') }]),
    ).toEqual(['cobalt>birch', 'cobalt>named-pact']);
    const between = rolled(
      synthetic(actors, [
        ...twoOffices,
        ['gap', 'supports', 'ana-one', 'ben-two', { start: dated('2031') }],
      ]),
    );
    expect(between.ties).toEqual([]);
    expect(between.unattributed).toEqual(['gap']);
  });
});

describe('tie ids', () => {
  it('read back as the ends and kind they name, undirected ones in one order', () => {
    expect(tieId('russia', 'north-korea', 'meeting', 'none')).toBe(
      'rollup:north-korea|russia|meeting',
    );
    expect(tieId('russia', 'north-korea', 'supports', 'forward')).toBe(
      'rollup:russia|north-korea|supports',
    );
    expect(parseTieId('rollup:russia|north-korea|supports|both')).toEqual({
      source: 'russia',
      target: 'north-korea',
      kind: 'supports',
      isMutual: true,
    });
  });

  it('refuse what is not a tie id', () => {
    for (const text of [
      'russia',
      'rollup:russia|x|befriends',
      'rollup:Russia|x|meeting',
      'rollup:a|b',
    ])
      expect(parseTieId(text)).toBeNull();
  });
});
