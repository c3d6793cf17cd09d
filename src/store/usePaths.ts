import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import type { VisibleGraph } from '../domain/graph/filterGraph.ts';
import { shortestPaths, type EntityPath } from '../domain/graph/shortestPaths.ts';
import type { PathQuery } from '../domain/view/viewState.ts';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { useViewStore } from './useViewStore.ts';
import { useVisibleGraph } from './useVisibleGraph.ts';

/** The paths asked for, as the graph draws them and the Paths panel lists them. */
export interface PathsFound {
  query: PathQuery;
  /** The shortest paths through what the graph shows: never through a hidden entity or relation. */
  paths: readonly EntityPath[];
  /** The path drawn: the one the view asks for, or the last there is; null when none. */
  shown: EntityPath | null;
  shownNumber: number;
  /** The ids of the shown path's entities and relations. */
  drawn: readonly string[];
  /** When the filters leave no path: the paths through the whole graph (maybe none either). */
  inWholeGraph: readonly EntityPath[] | null;
}

const NOTHING: readonly string[] = [];

let cached: {
  index: DatasetIndex;
  visible: VisibleGraph;
  from: string;
  to: string;
  paths: readonly EntityPath[];
  inWholeGraph: readonly EntityPath[] | null;
  /** Each path's ids, kept so the graph receives the same array until something changes. */
  drawn: Map<EntityPath, readonly string[]>;
} | null = null;

/** Searches once per dataset, visible graph and pair of ends; switching paths does not search again. */
function pathsOf(index: DatasetIndex, visible: VisibleGraph, from: string, to: string) {
  if (
    cached?.index !== index ||
    cached.visible !== visible ||
    cached.from !== from ||
    cached.to !== to
  ) {
    const paths = shortestPaths(index, from, to, { within: visible });
    const inWholeGraph = paths.length === 0 ? shortestPaths(index, from, to) : null;
    cached = { index, visible, from, to, paths, inWholeGraph, drawn: new Map() };
  }
  return cached;
}

/** The paths the view asks for, derived from the dataset and the visible graph; null when none are asked. */
export function usePaths(): PathsFound | null {
  const index = useDatasetIndex();
  const visible = useVisibleGraph();
  const query = useViewStore((s) => s.view.path);
  if (query === null) return null;
  const found = pathsOf(index, visible, query.from, query.to);
  const { paths, inWholeGraph } = found;
  const shownNumber = Math.min(query.shown, paths.length);
  const shown = paths[shownNumber - 1] ?? null;
  let drawn = shown === null ? NOTHING : found.drawn.get(shown);
  if (drawn === undefined && shown !== null) {
    drawn = [
      ...shown.entities,
      ...shown.hops.flatMap((hop) => hop.relations.map((r) => r.relation.id)),
    ];
    found.drawn.set(shown, drawn);
  }
  return { query, paths, shown, shownNumber, drawn: drawn ?? NOTHING, inWholeGraph };
}
