import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Dataset, Relation } from '../dataset/datasetSchema.ts';
import { indexDataset, type DatasetIndex } from '../dataset/indexDataset.ts';
import {
  comparePeriods,
  countByStatus,
  relationMarks,
  rolledTieMark,
  type Comparison,
  type Period,
} from './comparePeriods.ts';

// Synthetic test data with fictional names; only what the comparison reads is filled in.
const evidence = [
  { article: 'synthetic', paragraph: 1, offset: 0, quote: 'x', modality: 'stated' as const },
];
const ACTORS = ['arden', 'belmar', 'corvin', 'dunmere'];

type Spec = [id: string, source: string, target: string, cameo: string, date: string | null];
const relation = ([id, source, target, cameo, date]: Spec): Relation => ({
  id,
  kind: Number(cameo.slice(0, 2)) <= 8 ? 'cooperates-with' : 'in-tension-with',
  source,
  target,
  cameo,
  evidence,
  ...(date === null ? {} : { start: { date } }),
});

function synthetic(specs: Spec[], extra: Partial<Dataset> = {}): DatasetIndex {
  return indexDataset({
    formatVersion: 1,
    id: 'synthetic-compare',
    title: { en: 'Synthetic comparison test data' },
    synthetic: true,
    articles: [],
    entities: ACTORS.map((id) => ({ id, kind: 'state', name: { en: id }, evidence })),
    relations: specs.map(relation),
    ...extra,
  });
}
const compare = (index: DatasetIndex, a: Period, b: Period, threshold?: number) =>
  comparePeriods(index, index.dataset.relations, a, b, threshold);
const statuses = (comparison: Comparison) =>
  Object.fromEntries(comparison.ties.map((tie) => [tie.id, tie.status]));

const JAN: Period = { from: '2030-01', to: '2030-01' };
const FEB: Period = { from: '2030-02', to: '2030-02' };
const MAR: Period = { from: '2030-03', to: '2030-03' };

describe('comparePeriods', () => {
  it('tells new, ended, kept and changed ties apart, whichever way a relation points', () => {
    const index = synthetic([
      ['ab-jan', 'arden', 'belmar', '04', '2030-01-10'],
      ['ba-feb', 'belmar', 'arden', '04', '2030-02-02'],
      ['ac-jan', 'arden', 'corvin', '04', '2030-01-05'],
      ['bc-feb', 'belmar', 'corvin', '05', '2030-02-20'],
      ['ad-jan', 'arden', 'dunmere', '04', '2030-01-03'],
      ['ad-feb', 'arden', 'dunmere', '11', '2030-02-03'],
    ]);
    const comparison = compare(index, JAN, FEB);
    expect(statuses(comparison)).toEqual({
      'arden|belmar': 'kept',
      'arden|corvin': 'ended',
      'belmar|corvin': 'new',
      'arden|dunmere': 'changed',
    });
    // Grouped by status, in the order new, ended, changed, kept.
    expect(comparison.ties.map((tie) => tie.status)).toEqual(['new', 'ended', 'changed', 'kept']);
    const changed = comparison.ties.find((tie) => tie.id === 'arden|dunmere')!;
    expect(changed.reasons).toEqual(['stance', 'quadClass']);
    expect(changed.a.relations).toEqual(['ad-jan']);
    expect(changed.b.relations).toEqual(['ad-feb']);
    expect(changed.a.stances).toEqual(['cooperation']);
    expect(changed.b.quadClasses).toEqual(['verbal-conflict']);
  });

  it('counts a QuadClass change within one stance as a change', () => {
    const index = synthetic([
      ['talks', 'arden', 'belmar', '04', '2030-01-10'],
      ['aid', 'arden', 'belmar', '07', '2030-02-10'],
    ]);
    const tie = compare(index, JAN, FEB).ties[0]!;
    expect(tie.status).toBe('changed');
    expect(tie.reasons).toEqual(['quadClass']);
  });

  it('marks a count change only when it moves by more than the threshold', () => {
    const index = synthetic([
      ['j1', 'arden', 'belmar', '04', '2030-01-01'],
      ['f1', 'arden', 'belmar', '04', '2030-02-01'],
      ['f2', 'arden', 'belmar', '04', '2030-02-02'],
      ['f3', 'arden', 'belmar', '04', '2030-02-03'],
    ]);
    const at = (threshold: number) => compare(index, JAN, FEB, threshold).ties[0]!;
    expect(at(0)).toMatchObject({ status: 'changed', reasons: ['count'] });
    expect(at(1)).toMatchObject({ status: 'changed', reasons: ['count'] });
    expect(at(2)).toMatchObject({ status: 'kept', reasons: [] });
    expect(at(5).status).toBe('kept');
  });

  it('lists undated relations apart and never puts them in a period', () => {
    const index = synthetic([
      ['dated', 'arden', 'belmar', '04', '2030-01-10'],
      ['undated', 'arden', 'corvin', '11', null],
    ]);
    const comparison = compare(index, JAN, FEB);
    expect(comparison.undated).toEqual(['undated']);
    expect(comparison.ties.map((tie) => tie.id)).toEqual(['arden|belmar']);
    expect(relationMarks(comparison, ['dated', 'undated'])).toEqual(
      new Map([
        ['dated', 'ended'],
        ['undated', 'undated'],
      ]),
    );
  });

  it('leaves out ties dated in neither period, and marks their relations outside', () => {
    const index = synthetic([['mar', 'arden', 'belmar', '04', '2030-03-10']]);
    const comparison = compare(index, JAN, FEB);
    expect(comparison.ties).toEqual([]);
    expect(relationMarks(comparison, ['mar']).get('mar')).toBe('outside');
  });

  it('compares the two ends only: a tie that flips and flips back is kept', () => {
    const index = synthetic([
      ['jan-talks', 'arden', 'belmar', '04', '2030-01-10'],
      ['feb-threat', 'belmar', 'arden', '13', '2030-02-10'],
      ['mar-talks', 'arden', 'belmar', '04', '2030-03-10'],
    ]);
    expect(statuses(compare(index, JAN, FEB))).toEqual({ 'arden|belmar': 'changed' });
    expect(statuses(compare(index, FEB, MAR))).toEqual({ 'arden|belmar': 'changed' });
    expect(statuses(compare(index, JAN, MAR))).toEqual({ 'arden|belmar': 'kept' });
  });

  it('dates a participation by its meeting, and lists one in an undated meeting apart', () => {
    const index = indexDataset(
      JSON.parse(
        readFileSync(new URL('../../../data/fictional-veld.json', import.meta.url), 'utf8'),
      ) as Dataset,
    );
    const comparison = compare(
      index,
      { from: '2031-03', to: '2031-03' },
      { from: '2031-04', to: '2031-04' },
    );
    expect(statuses(comparison)).toEqual({
      'halvard-ens|tesk': 'new',
      'arvel-quint|port-alder-meeting': 'ended',
      'mira-dosan|port-alder-meeting': 'ended',
      'norland|tesk': 'ended',
      'port-alder-meeting|veld-accord': 'ended',
    });
    // Undated offices and memberships, and interactions without dates, are set apart.
    expect(comparison.undated).toEqual(
      expect.arrayContaining(['quint-office', 'norland-in-compact', 'norland-grain-for-tesk']),
    );
    expect(countByStatus(comparison)).toEqual({ new: 1, ended: 4, changed: 0, kept: 0 });
  });
});

// Random relations among four fictional states over one synthetic year.
const specs = fc.uniqueArray(
  fc.tuple(
    fc.constantFrom(...ACTORS),
    fc.constantFrom(...ACTORS),
    fc.constantFrom('04', '057', '07', '11', '13', '15'),
    fc.option(
      fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([m, d]) => `2030-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      { nil: null },
    ),
  ),
  { maxLength: 20 },
);
const indexOf = (tuples: [string, string, string, string | null][]) =>
  synthetic(tuples.map(([s, t, c, d], i): Spec => [`r${i}`, s, t, c, d]));
const period = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
  .map(([x, y]): Period => {
    const [from, to] = x <= y ? [x, y] : [y, x];
    return {
      from: `2030-${String(from).padStart(2, '0')}`,
      to: `2030-${String(to).padStart(2, '0')}`,
    };
  });
const threshold = fc.integer({ min: 0, max: 3 });

describe('comparePeriods properties', () => {
  test.prop([specs, period, threshold])(
    'a period compared with itself keeps every tie',
    (t, p, n) => {
      const comparison = compare(indexOf(t), p, p, n);
      expect(comparison.ties.every((tie) => tie.status === 'kept')).toBe(true);
    },
  );

  test.prop([specs, period, period, threshold])(
    'swapping A and B swaps new and ended and keeps the rest',
    (t, a, b, n) => {
      const index = indexOf(t);
      const swapped = { new: 'ended', ended: 'new', changed: 'changed', kept: 'kept' } as const;
      const forward = statuses(compare(index, a, b, n));
      const backward = statuses(compare(index, b, a, n));
      expect(Object.keys(backward).sort()).toEqual(Object.keys(forward).sort());
      for (const [id, status] of Object.entries(forward))
        expect(backward[id]).toBe(swapped[status]);
    },
  );

  test.prop([specs, period, period])(
    'every relation is in a tie of A or B, listed undated, or dated outside both',
    (t, a, b) => {
      const index = indexOf(t);
      const comparison = compare(index, a, b);
      const marks = relationMarks(
        comparison,
        index.dataset.relations.map((r) => r.id),
      );
      for (const r of index.dataset.relations) {
        const mark = marks.get(r.id);
        if (r.start === undefined) expect(mark).toBe('undated');
        else expect(mark).not.toBe('undated');
      }
    },
  );
});

describe('rolledTieMark', () => {
  it('is the mark the relations behind a rolled-up tie share', () => {
    expect(rolledTieMark(['new', 'new'])).toBe('new');
    expect(rolledTieMark(['ended', 'outside'])).toBe('ended');
    expect(rolledTieMark(['kept', 'undated'])).toBe('kept');
  });

  it('is changed when the relations were in the periods with different marks', () => {
    expect(rolledTieMark(['new', 'ended'])).toBe('changed');
    expect(rolledTieMark(['kept', 'new', 'outside'])).toBe('changed');
  });

  it('is undated or outside when no relation falls in either period', () => {
    expect(rolledTieMark(['outside', 'undated'])).toBe('undated');
    expect(rolledTieMark(['outside'])).toBe('outside');
    expect(rolledTieMark([])).toBe('outside');
  });

  test.prop([
    fc.array(
      fc.constantFrom(...(['new', 'ended', 'changed', 'kept', 'undated', 'outside'] as const)),
      { minLength: 1 },
    ),
  ])('one shared mark is kept as it is, whatever the order', (marks) => {
    const mark = rolledTieMark(marks);
    expect(rolledTieMark([...marks].reverse())).toBe(mark);
    if (new Set(marks).size === 1) expect(mark).toBe(marks[0]);
  });
});
