import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { ENTITY_KINDS, type EntityKind } from '../../domain/dataset/datasetVocabulary.ts';
import { entityName } from '../../domain/relations/relationTitle.ts';
import { keyContinent } from '../../domain/overview/assignGroups.ts';
import { groupId, partKind } from '../../domain/overview/groupGraph.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import type { Overview } from '../../store/useOverview.ts';

const isKind = (text: string): text is EntityKind =>
  (ENTITY_KINDS as readonly string[]).includes(text);

/**
 * Each group's label by group id, in the UI language: its most connected members
 * ("Norland, Tesk +48"), or its kind when grouped by kind ("Officials (2,000)"), or
 * its continent and most connected members ("Europe: Germany, France +50"); a part
 * of an open group by its kind and members ("Officials: Vell, Tark +348").
 */
export function useGroupLabels(overview: Overview | null): ReadonlyMap<string, string> {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const graph = overview?.graph ?? null;
  const grouping = overview?.grouping ?? null;
  return useMemo(() => {
    const labels = new Map<string, string>();
    if (graph === null) return labels;
    const counts = new Map<string, number>();
    for (const key of graph.groupOf.values()) counts.set(key, (counts.get(key) ?? 0) + 1);
    const leaders = new Map(graph.groups.map((g) => [g.key, g.leaders]));
    for (const [key, count] of counts) {
      const other = key.startsWith('other-') ? key.slice('other-'.length) : null;
      const kind = grouping === 'kind' ? key : other;
      if (kind !== null && isKind(kind)) {
        const name = t(`terms.entityKind.${kind}`, { count: 2 });
        const wording = other === null ? 'overview.groupName.kind' : 'overview.groupName.other';
        labels.set(groupId(key), t(wording, { kind: name, count }));
        continue;
      }
      // An open group is named by its key's entity (a state) or its first member; a
      // continent's group by its continent too.
      const named = leaders.get(key) ?? [
        index.entityById.has(key) ? key : firstMember(graph.groupOf, key),
      ];
      const names = leadersLabel(named, count);
      const continent = grouping === 'continent' ? keyContinent(key) : null;
      labels.set(
        groupId(key),
        continent === null
          ? names
          : t('overview.continentLabel', {
              continent: t(`overview.continents.${continent}`),
              names,
            }),
      );
    }
    // A part of an open group: its kind, and its most connected members.
    for (const group of graph.groups) {
      const kind = partKind(group.key);
      if (group.parent === null || kind === null) continue;
      const names = leadersLabel(group.leaders, group.members.length);
      const kindName = t(`terms.entityKind.${kind}`, { count: group.members.length });
      labels.set(group.id, t('overview.partLabel', { kind: kindName, names }));
    }
    return labels;
    function leadersLabel(named: readonly string[], count: number): string {
      const names = named.map((id) => entityName(index, id, language)).join(', ');
      const more = count - named.length;
      return more > 0 ? t('overview.groupLabel', { names, count: more }) : names;
    }
  }, [graph, grouping, index, language, t]);
}

function firstMember(groupOf: ReadonlyMap<string, string>, key: string): string {
  for (const [id, group] of groupOf) if (group === key) return id;
  return key;
}
