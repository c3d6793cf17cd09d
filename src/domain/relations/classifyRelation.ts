import type { Modality, Relation } from '../dataset/datasetSchema.ts';
import {
  cameoRootOf,
  quadClassOf,
  QUAD_CLASSES,
  type CameoRoot,
  type QuadClass,
} from './quadClass.ts';
import { RELATION_KINDS, stanceOfQuadClass, type Stance } from './relationKinds.ts';

/** What follows from a relation's kind, code and evidence; derived, never stored. */
export interface RelationClass {
  stance: Stance;
  /** Null for structural ties and for interactions with neither a CAMEO code nor a coded QuadClass. */
  quadClass: QuadClass | null;
  cameoRoot: CameoRoot | null;
  /** Hedged when every excerpt only suggests it; stated otherwise (one excerpt asserts it, or none is held: cited only). */
  modality: Modality;
  /** How to draw it: an arrow to the target, arrows both ways, or none. */
  arrows: 'none' | 'forward' | 'both';
}

/**
 * Derives stance, QuadClass, modality and arrows of a relation.
 * @example classifyRelation({ kind: 'supports', cameo: '062', mutual: true, ... })
 * // { stance: 'cooperation', quadClass: 'material-cooperation', cameoRoot: '06', modality: 'stated', arrows: 'both' }
 */
export function classifyRelation(
  relation: Pick<Relation, 'kind' | 'cameo' | 'mutual' | 'evidence'> &
    Pick<Partial<Relation>, 'coded'>,
): RelationClass {
  const kind = RELATION_KINDS[relation.kind];
  const code = relation.cameo ?? null;
  // The CAMEO code decides; without one (ACLED), the QuadClass the source coded.
  const coded = relation.coded?.quadClass;
  const quadClass =
    code !== null ? quadClassOf(code) : coded === undefined ? null : QUAD_CLASSES[coded - 1]!;
  const stance = quadClass === null ? kind.defaultStance : stanceOfQuadClass(quadClass);
  // Hedged only when excerpts exist and none asserts it. An imported relation that
  // cites coded event data and quotes nothing is what the coders asserted, not a
  // hedge; the details and the legend say it is cited only.
  const modality =
    relation.evidence.length === 0 || relation.evidence.some((e) => e.modality === 'stated')
      ? 'stated'
      : 'hedged';
  const arrows =
    kind.direction === 'symmetric' ? 'none' : relation.mutual === true ? 'both' : 'forward';
  return {
    stance,
    quadClass,
    cameoRoot: code === null ? null : cameoRootOf(code),
    modality,
    arrows,
  };
}
