import { useMemo } from 'react';
import { entityName } from '../domain/relations/relationTitle.ts';
import { useNameLanguage } from '../store/useNameLanguage.ts';
import { datasetSearch } from './datasetSearch.ts';
import { useDatasetIndex } from './useDatasetIndex.ts';

/** What an entity picker needs of the dataset shown: its search by name, and names. */
export interface EntityLookup {
  /** Entities whose names, aliases or offices match, best first (the search box's search). */
  search: (query: string) => readonly string[];
  /** An entity's name in the language chosen for names. */
  nameOf: (id: string) => string;
}

/** Search and names of the dataset shown, for EntityPicker. */
export function useEntityLookup(): EntityLookup {
  const index = useDatasetIndex();
  const language = useNameLanguage();
  return useMemo(
    () => ({
      search: (query) => datasetSearch(index)(query).names.map((hit) => hit.entityId),
      nameOf: (id) => entityName(index, id, language),
    }),
    [index, language],
  );
}
