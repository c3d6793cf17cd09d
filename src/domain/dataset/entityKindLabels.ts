import type { EntityKind } from './datasetSchema.ts';

/**
 * English names of entity kinds, for files and scripts (exports, the bench). The UI
 * names them in its language through the translation layer (terms.entityKind).
 */
export const ENTITY_KIND_LABELS: Record<EntityKind, { one: string; plural: string }> = {
  state: { one: 'State', plural: 'States' },
  bloc: { one: 'Bloc', plural: 'Blocs' },
  official: { one: 'Official', plural: 'Officials' },
  meeting: { one: 'Meeting', plural: 'Meetings' },
  topic: { one: 'Topic', plural: 'Topics' },
};
