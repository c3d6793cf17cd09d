import type { EntityKind } from './datasetSchema.ts';

/** How entity kinds are named in the interface. */
export const ENTITY_KIND_LABELS: Record<EntityKind, { one: string; plural: string }> = {
  state: { one: 'State', plural: 'States' },
  bloc: { one: 'Bloc', plural: 'Blocs' },
  official: { one: 'Official', plural: 'Officials' },
  meeting: { one: 'Meeting', plural: 'Meetings' },
  topic: { one: 'Topic', plural: 'Topics' },
};
