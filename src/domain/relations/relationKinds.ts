import type { EntityKind } from '../dataset/datasetSchema.ts';
import type { QuadClass } from './quadClass.ts';

const ACTORS = ['state', 'bloc', 'official'] as const satisfies readonly EntityKind[];
const ANY = [
  'state',
  'bloc',
  'official',
  'meeting',
  'topic',
] as const satisfies readonly EntityKind[];

/**
 * The stance of a relation, as an analyst filters by it. Interactions between
 * actors are cooperation or conflict (from their CAMEO code, or from their kind
 * when the source names no codable event); structural ties (office, membership,
 * participation, subject) are neither; an interaction the source leaves open is
 * unclassified.
 */
export const STANCES = ['cooperation', 'conflict', 'structural', 'unclassified'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * English names of stances, for files and scripts (exports, the bench). The UI
 * names them in its language through the translation layer (terms.stance).
 */
export const STANCE_LABELS: Record<Stance, string> = {
  cooperation: 'Cooperation',
  conflict: 'Conflict',
  structural: 'Structural',
  unclassified: 'Unclassified',
};

/**
 * How a relation kind behaves. `direction`: `directed` kinds read source → target
 * and may be marked mutual; `symmetric` kinds have no direction.
 */
export interface RelationKindInfo {
  /** The English verb phrase, for files (GEXF, CSV); the UI words it through terms.relationKind. */
  label: string;
  /** Structural kinds carry no CAMEO code; interactions may. */
  category: 'structural' | 'interaction';
  /** The stance when no CAMEO code decides it. */
  defaultStance: Stance;
  /** Stances a CAMEO code on this kind may have; a code outside them is a data error. */
  allowedStances: readonly Stance[];
  direction: 'directed' | 'symmetric';
  /** The entity kinds each end may be. */
  sourceKinds: readonly EntityKind[];
  targetKinds: readonly EntityKind[];
}

export const RELATION_KINDS = {
  'holds-office': {
    label: 'holds office in',
    category: 'structural',
    defaultStance: 'structural',
    allowedStances: [],
    direction: 'directed',
    sourceKinds: ['official'],
    targetKinds: ['state', 'bloc'],
  },
  'member-of': {
    label: 'is a member of',
    category: 'structural',
    defaultStance: 'structural',
    allowedStances: [],
    direction: 'directed',
    sourceKinds: ACTORS,
    targetKinds: ['bloc'],
  },
  'takes-part-in': {
    label: 'takes part in',
    category: 'structural',
    defaultStance: 'structural',
    allowedStances: [],
    direction: 'directed',
    sourceKinds: ACTORS,
    targetKinds: ['meeting'],
  },
  concerns: {
    label: 'concerns',
    category: 'structural',
    defaultStance: 'structural',
    allowedStances: [],
    direction: 'directed',
    sourceKinds: ['meeting', 'topic'],
    targetKinds: ANY,
  },
  'cooperates-with': {
    label: 'cooperates with',
    category: 'interaction',
    defaultStance: 'cooperation',
    allowedStances: ['cooperation'],
    direction: 'symmetric',
    sourceKinds: ACTORS,
    targetKinds: ACTORS,
  },
  supports: {
    label: 'supports',
    category: 'interaction',
    defaultStance: 'cooperation',
    allowedStances: ['cooperation'],
    direction: 'directed',
    sourceKinds: ACTORS,
    targetKinds: ACTORS,
  },
  'in-tension-with': {
    label: 'is in tension with',
    category: 'interaction',
    defaultStance: 'conflict',
    allowedStances: ['conflict'],
    direction: 'symmetric',
    sourceKinds: ACTORS,
    targetKinds: ACTORS,
  },
  'weakens-influence-of': {
    label: 'weakens the influence of',
    category: 'interaction',
    defaultStance: 'conflict',
    allowedStances: ['conflict'],
    direction: 'directed',
    sourceKinds: ACTORS,
    targetKinds: ACTORS,
  },
  'pursues-policy-toward': {
    label: 'pursues policy toward',
    category: 'interaction',
    defaultStance: 'unclassified',
    allowedStances: ['cooperation', 'conflict'],
    direction: 'directed',
    sourceKinds: ACTORS,
    targetKinds: ACTORS,
  },
} as const satisfies Record<string, RelationKindInfo>;

export type RelationKind = keyof typeof RELATION_KINDS;
export const RELATION_KIND_IDS = Object.keys(RELATION_KINDS) as [RelationKind, ...RelationKind[]];

/**
 * The stance a QuadClass implies.
 * @example stanceOfQuadClass('material-conflict') // 'conflict'
 */
export function stanceOfQuadClass(quadClass: QuadClass): 'cooperation' | 'conflict' {
  return quadClass.endsWith('cooperation') ? 'cooperation' : 'conflict';
}
