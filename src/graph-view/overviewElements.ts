import type { ElementDefinition } from 'cytoscape';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import type { Group, GroupGraph, GroupTie } from '../domain/overview/groupGraph.ts';
import type { GroupPlacing } from '../domain/overview/groupPlacing.ts';
import {
  GROUP_DIAMETERS,
  groupDiameter,
  MEMBER_SPACING,
  placeGroups,
  type Point,
} from '../domain/overview/placeGroups.ts';
import { entityElement, relationElement } from './graphElements.ts';

/** The overview as the graph draws it: the group graph, the ties drawn, and each group's label in the UI language. */
export interface DrawnOverview {
  graph: GroupGraph;
  /** The graph's ties to draw: each group's strongest, or all of them. */
  ties: readonly GroupTie[];
  /** The groups' order and sizes, whatever the filters: where they go. */
  placing: GroupPlacing;
  /** By group id: "Norland, Tesk +48". */
  labels: ReadonlyMap<string, string>;
}

/** The diameter of an open group's hub, at the middle of its members. */
const HUB_SIZE = 28;
/**
 * A group's name grows with its circle in seven sizes (13, then 16 to 96 units in
 * steps of 16): few sizes let the canvas reuse its fonts when names are measured and
 * wrapped again after a filter (each new size measured anew took ~70 ms for 46 names
 * at 20,000).
 */
const labelSize = (size: number) =>
  Math.max(
    13,
    16 * Math.round((6 * (size - GROUP_DIAMETERS[0])) / (GROUP_DIAMETERS[1] - GROUP_DIAMETERS[0])),
  );

/** A tie's width grows with the logarithm of its relations. */
const tieWidth = (count: number) => Math.min(12, 1 + 1.5 * Math.log2(count));

/** The data a tie between groups carries: the stylesheet colours it by its most common stance. */
export function groupTieData(tie: GroupTie): Record<string, string | number> {
  return {
    id: tie.id,
    source: tie.source,
    target: tie.target,
    stance: tie.stance,
    count: tie.count,
    width: tieWidth(tie.count),
  };
}

/** The golden angle: successive points of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The k-th point (from 0) of a sunflower spiral whose neighbouring points lie `spacing` apart. */
function sunflower(k: number, spacing: number, centre: Point) {
  const radius = spacing * Math.sqrt(k);
  return {
    x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE),
    y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE),
  };
}

/**
 * Where the parts of the groups open in parts go: a group's members, part after part
 * in kind order, fill the sunflower disc it would open into whole, so each part is a
 * ring of it; a part's node sits in the middle of its ring, the parts spread around.
 * Each part's first index on its group's spiral, and its node's place.
 */
function partPlaces(graph: GroupGraph, places: ReadonlyMap<string, Point>) {
  const partsOf = new Map<string, Group[]>();
  for (const group of graph.groups) {
    if (group.parent === null) continue;
    const parts = partsOf.get(group.parent);
    if (parts === undefined) partsOf.set(group.parent, [group]);
    else parts.push(group);
  }
  const placed = new Map<string, { first: number; at: Point }>();
  for (const [parent, parts] of partsOf) {
    const centre = places.get(parent) ?? ORIGIN;
    let first = 0;
    parts.forEach((part, i) => {
      const radius = MEMBER_SPACING * Math.sqrt(first + 1 + part.members.length / 2);
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / parts.length;
      const at = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
      placed.set(part.key, { first, at });
      first += part.members.length;
    });
  }
  return placed;
}

const ORIGIN: Point = { x: 0, y: 0 };

/**
 * The overview's Cytoscape elements by id, nodes before edges: a node per closed
 * group at its place; for an open group, a small hub there (its ties to closed groups
 * end at it; a click closes it) and its entities in a disc around it, in dataset
 * order, or its parts in rings of that disc (each part like a group: a node, or a hub
 * among its entities); the relations between drawn entities, and the ties.
 */
export function overviewElements(
  index: DatasetIndex,
  overview: DrawnOverview,
  language: string,
): Map<string, ElementDefinition> {
  const elements = new Map<string, ElementDefinition>();
  const { graph, ties, labels, placing } = overview;
  // Each open group (not a part) with its members drawn: it makes room for them.
  const open = new Map<string, number>();
  for (const group of graph.groups)
    if (group.open && group.parent === null) open.set(group.key, group.members.length);
  const places = placeGroups(placing, open);
  const parts = partPlaces(graph, places);
  for (const group of graph.groups) {
    const size = group.open ? HUB_SIZE : groupDiameter(group.members.length);
    elements.set(group.id, {
      group: 'nodes',
      data: {
        id: group.id,
        groupKey: group.key,
        label: labels.get(group.id) ?? group.key,
        members: group.members.length,
        size,
        // Its name wraps a little wider than its circle: two or three lines, not a word each.
        labelWidth: size * 1.3,
        labelSize: labelSize(size),
        // An open group is drawn as its hub (the stylesheet's node.group[?open]).
        open: group.open,
      },
      position: parts.get(group.key)?.at ?? places.get(group.key) ?? ORIGIN,
      classes: 'group',
      selectable: false,
      grabbable: false,
    });
  }
  const placedIn = new Map<string, number>();
  for (const id of graph.entities) {
    const entity = index.entityById.get(id);
    const key = graph.groupOf.get(id);
    if (entity === undefined || key === undefined) continue;
    const part = graph.partOf.get(id);
    const counted = part ?? key;
    // The spiral's middle point is the hub's; a part's members start at its ring.
    const k = placedIn.get(counted) ?? 1 + (part === undefined ? 0 : (parts.get(part)?.first ?? 0));
    placedIn.set(counted, k + 1);
    const at = sunflower(k, MEMBER_SPACING, places.get(key) ?? ORIGIN);
    elements.set(id, entityElement(entity, language, [at.x, at.y]));
  }
  for (const id of graph.relations) {
    const relation = index.relationById.get(id);
    if (relation !== undefined) elements.set(id, relationElement(index, relation));
  }
  for (const tie of ties)
    elements.set(tie.id, { group: 'edges', data: groupTieData(tie), classes: 'group-tie' });
  return elements;
}
