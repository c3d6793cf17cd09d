import { describe, expect, it } from 'vitest';
import type { Evidence, Relation } from '../dataset/datasetSchema.ts';
import { classifyRelation } from './classifyRelation.ts';

const stated: Evidence = { article: 'a', paragraph: 1, offset: 0, quote: 'x', modality: 'stated' };
const hedged: Evidence = { ...stated, modality: 'hedged', cue: 'x' };

function relation(overrides: Partial<Relation>): Relation {
  return { id: 'r', kind: 'supports', source: 'a', target: 'b', evidence: [stated], ...overrides };
}

describe('classifyRelation', () => {
  it('takes stance and QuadClass from the CAMEO code', () => {
    expect(classifyRelation(relation({ cameo: '062' }))).toMatchObject({
      stance: 'cooperation',
      quadClass: 'material-cooperation',
      cameoRoot: '06',
    });
  });

  it("falls back to the kind's stance when no code is given", () => {
    const tension = classifyRelation(relation({ kind: 'in-tension-with', cameo: null }));
    expect(tension).toMatchObject({ stance: 'conflict', quadClass: null, cameoRoot: null });
  });

  it('leaves a policy without a code unclassified', () => {
    expect(classifyRelation(relation({ kind: 'pursues-policy-toward' })).stance).toBe(
      'unclassified',
    );
  });

  it('takes the QuadClass an event dataset coded when there is no CAMEO code (ACLED), never over one', () => {
    const battle = relation({
      kind: 'pursues-policy-toward',
      cameo: null,
      coded: { quadClass: 4 },
    });
    expect(classifyRelation(battle)).toMatchObject({
      stance: 'conflict',
      quadClass: 'material-conflict',
      cameoRoot: null,
    });
    // GDELT rows whose QuadClass disagrees with their code: the code decides, both are shown.
    const disagreeing = relation({ cameo: '040', coded: { quadClass: 4 } });
    expect(classifyRelation(disagreeing).quadClass).toBe('verbal-cooperation');
  });

  it('calls a relation hedged only when it has excerpts and every one hedges; cited-only is not a hedge', () => {
    expect(classifyRelation(relation({ evidence: [hedged] })).modality).toBe('hedged');
    expect(classifyRelation(relation({ evidence: [hedged, stated] })).modality).toBe('stated');
    expect(classifyRelation(relation({ evidence: [] })).modality).toBe('stated');
  });

  it('calls structural ties structural', () => {
    expect(classifyRelation(relation({ kind: 'holds-office' })).stance).toBe('structural');
  });

  it('is hedged only when every excerpt hedges', () => {
    expect(classifyRelation(relation({ evidence: [hedged] })).modality).toBe('hedged');
    expect(classifyRelation(relation({ evidence: [hedged, stated] })).modality).toBe('stated');
  });

  it('draws arrows from the kind and the mutual flag', () => {
    expect(classifyRelation(relation({})).arrows).toBe('forward');
    expect(classifyRelation(relation({ mutual: true })).arrows).toBe('both');
    expect(classifyRelation(relation({ kind: 'cooperates-with' })).arrows).toBe('none');
  });
});
