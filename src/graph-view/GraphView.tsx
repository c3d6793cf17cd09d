import cytoscape, { type Core, type EventObject, type SingularElementReturnValue } from 'cytoscape';
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { Dataset, Positions } from '../domain/dataset/datasetSchema.ts';
import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { storedPositions } from '../domain/dataset/storedPositions.ts';
import type { VisibleGraph } from '../domain/graph/filterGraph.ts';
import { TIMING_MARKS } from '../domain/timing/timingMarks.ts';
import { chooseRenderer, isLargeDrawing } from '../domain/view/chooseRenderer.ts';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  type LayoutName,
  type Pin,
  type RendererName,
  type Viewport,
} from '../domain/view/viewState.ts';
import { graphElements, nodeLabel } from './graphElements.ts';
import { layoutRunner } from './graphLayout.ts';
import { forceLayoutSource, IN_PAGE_LAYOUT_MAX_NODES, layoutGraphOf } from './layoutGraph.ts';
import { GraphProgress, type GraphPhase } from './GraphProgress.tsx';
import { layoutInWorker } from './layoutInWorker.ts';
import { GraphTooltip, type Hover } from './GraphTooltip.tsx';
import {
  applyViewport,
  fitPositions,
  moveCamera,
  neighbourhoodViewport,
  prefersReducedMotion,
  readViewport,
  sameViewport,
} from './graphViewport.ts';
import { isCrowded } from '../domain/graph/crowdedGraph.ts';
import { graphStylesheet, labelsInView, OVERVIEW_LABEL_ZOOM } from './graphStylesheet.ts';
import { ENTITY_LOOKS, GRAPH_INKS, isOverview, MAP_INKS } from './graphPalette.ts';
import { graphPicture, type GraphPicture } from './graphPicture.ts';
import type { GraphActivity } from '../domain/view/graphActivity.ts';
import type { Theme } from '../domain/view/theme.ts';
import { useAfterPaint } from '../hooks/useAfterPaint.ts';
import { useGraphVisibility } from './useGraphVisibility.ts';
import { usePathHighlight } from './usePathHighlight.ts';
import { useCompareMarks, type CompareMarks } from './useCompareMarks.ts';
import { webglSupport } from './webglSupport.ts';
import type { MAP_OUTLINE, UNPLACED_CAPTION_AT } from './mapLayout.ts';
import { tieChanged, tieData, tieElements, type DrawnTie } from './tieElements.ts';
import type { DrawnOverview } from './overviewElements.ts';
import { useOverviewDrawing } from './useOverviewDrawing.ts';

export interface GraphViewProps {
  index: DatasetIndex;
  language: string;
  layout: LayoutName;
  visible: VisibleGraph;
  selected: string | null;
  /** Entities and relations to outline: what a sentence in the reader backs. */
  highlighted: readonly string[];
  /** The entities and relations of the path drawn between two entities; empty for none. */
  path: readonly string[];
  /** The camera to show; null fits the visible graph. */
  viewport: Viewport | null;
  /** Bring this element to the middle; a new nonce repeats the request. */
  centreRequest: { id: string; nonce: number } | null;
  /** Frame the visible graph again; a new value repeats the request. */
  fitRequest: number;
  onSelect: (id: string) => void;
  onClear: () => void;
  onViewportChange: (viewport: Viewport) => void;
  /** The canvas's text alternative. */
  description: string;
  /** The page's colour theme: labels, halos and outlines follow it. */
  theme: Theme;
  /** The word drawn on a hedged relation's line (and in exports), in the interface's language. */
  hedgedMark: string;
  /** Ties derived by the roll-up, drawn besides the dataset's relations. */
  ties: readonly DrawnTie[];
  /** Entities placed by hand: drawn there whatever the layout. */
  pins: readonly Pin[];
  /** Pin this entity where it is drawn; a new nonce repeats the request. */
  pinRequest: { id: string; nonce: number } | null;
  /** The renderer a link forces; null chooses by the dataset's size and the GPU. */
  renderer: RendererName | null;
  /** An entity was dropped after a drag, or asked to be pinned where it is. */
  onPin: (id: string, x: number, y: number) => void;
  /** The button that frames the whole graph again after a selection zoomed in. */
  wholeGraphLabel: string;
  /** Told what the view is busy with (laying out, drawing) and null once drawn or gone. */
  onActivityChange?: (activity: GraphActivity) => void;
  /** The overview of groups to draw instead of every entity; null draws every entity. */
  overview: DrawnOverview | null;
  /** Stops drawing every entity chunk by chunk (back to the overview); absent: no way to stop. */
  onCancelDrawing?: (() => void) | undefined;
  /** Words of the map layout: the caption of the row of entities it cannot place. */
  mapLabels?: { notPlaced: (count: number) => string } | undefined;
  /** A closed group of the overview was clicked: open it. */
  onOpenGroup: (key: string) => void;
  /** An open group's hub was clicked. */
  onCloseGroup: (key: string) => void;
  /** What became of each relation's tie between two compared periods; null when none are. */
  compared?: CompareMarks | null;
  /** Receives the graph's export pictures once it is drawn; null until then. */
  pictureRef?: Ref<GraphPicture | null>;
}

/** Puts pinned entities at their pins; the others stay where the layout put them. */
function placePins(cy: Core, pins: readonly Pin[]): void {
  for (const pin of pins) {
    const node = cy.getElementById(pin.id);
    if (!node.isNode()) continue;
    const at = node.position();
    if (at.x !== pin.x || at.y !== pin.y) node.position({ x: pin.x, y: pin.y });
  }
}

// Centre, fit and pin requests are events, each acted on once: not again when the
// graph is laid out anew (a layout change, Back to another layout), nor when it is
// drawn again after the table view was shown. One graph view exists at a time, so
// what it has handled is kept beside it, past an unmount.
const handledRequests = { centre: null as number | null, fit: 0, pin: null as number | null };

const VIEWPORT_REPORT_DELAY_MS = 250;

/**
 * In a large graph (the lean sheet), names the entities the camera shows
 * (labelsInView), restyling only those whose naming changes: swapping in a sheet
 * with every label restyled all 70,000 elements of a 20,000-entity drawing (8 s).
 */
function nameWhatIsInView(cy: Core, dataset: Dataset): void {
  if (!isOverview(dataset)) return;
  const zoom = cy.zoom();
  // Too far out to name anything: no need to read where 20,000 entities are.
  const nodes =
    zoom < OVERVIEW_LABEL_ZOOM
      ? []
      : cy.nodes().map((n): [string, number, number] => {
          const { x, y } = n.position();
          return [n.id(), x, y];
        });
  const inView = labelsInView(nodes, cy.extent(), zoom);
  cy.batch(() => {
    cy.nodes('.in-view').forEach((n) => {
      if (!inView.has(n.id())) n.removeClass('in-view');
    });
    for (const id of inView) {
      const node = cy.getElementById(id);
      if (!node.hasClass('in-view')) node.addClass('in-view');
    }
  });
}
/**
 * Past this many elements the whole graph is created chunk by chunk, each chunk its
 * own task, so the page answers between chunks. About 100 ms each on 2 shared cores.
 * A batch stays open from one chunk's task to the next and is closed at the start of
 * the next: each chunk's style pass runs in its own task (one batch over all chunks
 * would end in one long style pass), and Cytoscape, which draws no frame while a
 * batch is open, draws the graph once, not after every chunk (at 20,000 entities the
 * redraws between 117 chunks took the full drawing from 9.8 s to 64 s).
 */
const CHUNK_ELEMENTS = 600;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const LAYOUT_LANGUAGE = 'en';
const FIT_PADDING = 40;
const LARGEST_NODE = Math.max(...Object.values(ENTITY_LOOKS).map((look) => look.size));

const MAP_PART_CLASSES = ['map-sphere', 'map-land', 'map-borders'];

/** The map's outline as paths in the theme's inks (screen and SVG export); none off the map. */
function mapUnderlay(
  layout: LayoutName,
  outline: { sphere: string; land: string; borders: string } | null,
  theme: Theme,
) {
  if (layout !== 'map' || outline === null) return undefined;
  const ink = MAP_INKS[theme];
  return [
    { d: outline.sphere, fill: ink.sphere, stroke: ink.sphereEdge },
    { d: outline.land, fill: ink.land, stroke: 'none' },
    { d: outline.borders, fill: 'none', stroke: ink.borders },
  ];
}

/** Moves the map's outline with the camera: graph units to screen pixels, as Cytoscape does. */
function followCamera(cy: Core, outline: SVGGElement | null) {
  if (outline === null) return;
  const { x, y } = cy.pan();
  outline.setAttribute('transform', `translate(${x} ${y}) scale(${cy.zoom()})`);
}

/** What to tell the user while a large graph is placed and drawn; null when drawn. */
function graphPhase(
  index: DatasetIndex,
  layout: LayoutName,
  isReady: boolean,
  isPlaced: boolean,
  failure: { index: DatasetIndex; message: string } | null,
): GraphPhase | null {
  if (failure?.index === index) return { step: 'failed', message: failure.message };
  const entities = index.dataset.entities.length;
  if (isReady || entities <= IN_PAGE_LAYOUT_MAX_NODES) return null;
  const computed = layout === 'force' && storedPositions(index.dataset) === null;
  return { step: computed && !isPlaced ? 'layout' : 'drawing', entities };
}

/**
 * The Cytoscape adapter: one instance for the component's life, fed from the
 * dataset, the visible subgraph, the selection and the camera, and reporting taps
 * and camera moves back. All Cytoscape glue of the app lives in this folder.
 */
export function GraphView(props: GraphViewProps) {
  const {
    index,
    language,
    layout,
    visible,
    selected: chosen,
    viewport,
    centreRequest,
    fitRequest,
    description,
    ties,
    pins,
    pinRequest,
  } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  // Probing WebGL creates a context: only a large dataset, not forced to the canvas, is
  // probed. Chosen anew when another dataset crosses the size line (the view stays
  // mounted when a dataset comes from the cache), which makes the graph anew.
  const isLarge = isLargeDrawing(index.dataset.entities.length + index.dataset.relations.length);
  const forced = props.renderer;
  const renderer = useMemo(() => chooseRenderer(forced, isLarge, webglSupport), [forced, isLarge]);
  const [hover, setHover] = useState<Hover | null>(null);
  // The map's outline (an SVG path in graph units), once the map layout has loaded it.
  const [outline, setOutline] = useState<
    | (typeof MAP_OUTLINE & {
        unplaced: number;
        caption: typeof UNPLACED_CAPTION_AT;
        /** Meetings the data gives no place for, drawn beside their participants. */
        placeUnknown: ReadonlySet<string>;
      })
    | null
  >(null);
  const outlineRef = useRef<SVGGElement>(null);
  // A camera move is reported after a pause; a new drawing cancels a pending report,
  // or the camera of the drawing before (the force layout's) would come back with the
  // next one (the map), framing it off screen.
  const pendingReport = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingNames = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The outline the export reads when it is taken (the picture outlives renders).
  const shownOutline = useRef(outline);
  useEffect(() => {
    shownOutline.current = outline;
  }, [outline]);
  const isOverviewMode = props.overview !== null;
  // What has been laid out; the graph is ready when it matches the current props.
  const [drawn, setDrawn] = useState<{
    index: DatasetIndex;
    layout: LayoutName;
    isOverviewMode: boolean;
  } | null>(null);
  // Which dataset has its positions, and what went wrong placing one.
  const [placedIndex, setPlacedIndex] = useState<DatasetIndex | null>(null);
  const [failure, setFailure] = useState<{ index: DatasetIndex; message: string } | null>(null);
  const isReady =
    drawn?.index === index && drawn.layout === layout && drawn.isOverviewMode === isOverviewMode;
  const [chunks, setChunks] = useState<{ index: DatasetIndex; done: number; total: number } | null>(
    null,
  );
  const phase =
    chunks?.index === index && !isReady && failure?.index !== index
      ? { step: 'chunks' as const, done: chunks.done, total: chunks.total }
      : graphPhase(index, layout, isReady, placedIndex === index, failure);
  const latest = useRef(props);
  // Where the layout put each entity, to return to when it is unpinned.
  const laidOut = useRef(new Map<string, { x: number; y: number }>());
  // The stylesheet follows the graph's size and, for large graphs, the zoom.
  const shownSheet = useRef(
    graphStylesheet({ entities: [], relations: [] }, props.theme, props.hedgedMark),
  );
  const showSheet = (instance: Core, dataset: Dataset) => {
    const { theme, hedgedMark } = latest.current;
    const sheet = graphStylesheet(dataset, theme, hedgedMark);
    if (sheet === shownSheet.current) return;
    instance.style(sheet);
    shownSheet.current = sheet;
  };
  useEffect(() => {
    latest.current = props;
  });
  // The status line says what is being laid out or drawn, and counts once it is drawn.
  // Chunked creation is drawing too; its count is of the dataset's entities.
  const activityStep =
    phase === null || phase.step === 'failed'
      ? null
      : phase.step === 'chunks'
        ? 'drawing'
        : phase.step;
  const activityEntities =
    phase === null || phase.step === 'failed'
      ? 0
      : phase.step === 'chunks'
        ? index.dataset.entities.length
        : phase.entities;
  useEffect(() => {
    const report = latest.current.onActivityChange;
    report?.(activityStep === null ? null : { step: activityStep, entities: activityEntities });
  }, [activityStep, activityEntities]);
  useEffect(() => () => latest.current.onActivityChange?.(null), []);

  useEffect(() => {
    const instance = cytoscape({
      container: containerRef.current,
      // WebGL helps frames after the first on a GPU; labels still come from a canvas.
      ...(renderer === 'webgl' && { renderer: { name: 'canvas', webgl: true } }),
      style: shownSheet.current,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Entities can be dragged; where one is dropped, it is pinned.
      autoungrabify: false,
      // Elements come later, placed: the default grid layout of the (empty) initial
      // graph cost ~29 ms of the seed's first frame in bench:profile for nothing.
      layout: { name: 'null' },
    });
    const target = (event: EventObject) => event.target as SingularElementReturnValue;
    instance.on('tap', 'node, edge', (event) => {
      const element = target(event);
      if (element.hasClass('group')) {
        const key = String(element.data('groupKey'));
        if (element.data('open') === true) latest.current.onCloseGroup(key);
        else latest.current.onOpenGroup(key);
      } else if (!element.hasClass('group-tie')) latest.current.onSelect(element.id());
    });
    instance.on('tap', (event) => {
      if (event.target === instance) latest.current.onClear();
    });
    instance.on('mouseover', 'node, edge', (event) => {
      const at = event.renderedPosition;
      setHover({ id: target(event).id(), x: at.x, y: at.y });
    });
    instance.on('mouseout', 'node, edge', () => setHover(null));
    instance.on('dragfree', 'node', (event) => {
      const node = target(event);
      const at = node.position();
      latest.current.onPin(node.id(), at.x, at.y);
    });
    const nameLater = () => {
      clearTimeout(pendingNames.current);
      pendingNames.current = setTimeout(
        () => nameWhatIsInView(instance, latest.current.index.dataset),
        VIEWPORT_REPORT_DELAY_MS,
      );
    };
    instance.on('viewport resize', nameLater);
    instance.on('viewport', () => {
      followCamera(instance, outlineRef.current);
      setHover(null);
      clearTimeout(pendingReport.current);
      pendingReport.current = setTimeout(() => {
        const now = readViewport(instance);
        const shown = latest.current.viewport;
        if (shown === null || !sameViewport(now, shown)) latest.current.onViewportChange(now);
      }, VIEWPORT_REPORT_DELAY_MS);
    });
    // A viewport is a zoom and a centre point: when the canvas changes size (a panel
    // opens, the window is resized) the same point stays at the centre.
    instance.on('resize', () => {
      const shown = latest.current.viewport;
      if (shown !== null) applyViewport(instance, shown);
    });
    setCy(instance);
    return () => {
      clearTimeout(pendingReport.current);
      clearTimeout(pendingNames.current);
      instance.destroy();
      setCy(null);
    };
  }, [renderer]);

  useEffect(() => {
    if (cy === null) return;
    clearTimeout(pendingReport.current);
    const controller = new AbortController();
    const cancelled = () => controller.signal.aborted;
    const { dataset } = index;
    if (isOverviewMode) {
      // The overview places its groups itself (overviewElements): no layout runs.
      const clear = async () => {
        await Promise.resolve();
        if (cancelled()) return;
        cy.batch(() => {
          cy.elements().remove();
          showSheet(cy, dataset);
        });
        laidOut.current = new Map();
        cy.resize();
        setPlacedIndex(index);
        setDrawn({ index, layout, isOverviewMode });
      };
      void clear();
      return () => controller.abort();
    }
    const stored = layout === 'force' ? storedPositions(dataset) : null;
    const inWorker = layout === 'force' && forceLayoutSource(dataset) === 'worker';
    let positions: Promise<Positions | null> = Promise.resolve(stored);
    if (layout === 'map') {
      // The map and its outline load on demand (world-atlas, d3-geo).
      positions = import('./mapLayout.ts').then((map) => {
        const basis = map.mapBasis(dataset);
        const unplaced = [...basis.values()].filter((b) => b.kind === 'not-placed').length;
        const placeUnknown = new Set(
          dataset.entities
            .filter((e) => e.kind === 'meeting' && basis.get(e.id)?.kind === 'beside')
            .map((e) => e.id),
        );
        if (!cancelled())
          setOutline({
            ...map.MAP_OUTLINE,
            unplaced,
            caption: map.UNPLACED_CAPTION_AT,
            placeUnknown,
          });
        return map.mapPositions(dataset, basis);
      });
    }
    if (inWorker) {
      performance.mark(TIMING_MARKS.layoutStarted);
      positions = layoutInWorker(layoutGraphOf(dataset), controller.signal).then((placed) => {
        performance.mark(TIMING_MARKS.layoutDone);
        return placed;
      });
    }
    const draw = async () => {
      const placed = await positions;
      const runLayout = placed === null && layout !== 'map' ? await layoutRunner(layout) : null;
      // A large drawing's elements are made in a task of their own: the one before it
      // rendered the explorer and created Cytoscape, and with 70,000 elements made in it
      // too it was the longest task of a 20k load that is not drawing.
      if (dataset.entities.length + dataset.relations.length > CHUNK_ELEMENTS) await nextTask();
      if (cancelled()) return;
      setPlacedIndex(index);
      // With positions given, labels are drawn at once in the chosen language.
      // A layout in the page measures labels, so it always measures the same
      // (English) ones: positions then follow from the dataset alone, whatever
      // language the names are shown in. The labels effect below switches them.
      const labels = placed === null ? LAYOUT_LANGUAGE : latest.current.language;
      const elements = graphElements(index, labels, placed);
      cy.batch(() => {
        cy.elements().remove();
        showSheet(cy, dataset);
        if (elements.length <= CHUNK_ELEMENTS || runLayout !== null) cy.add(elements);
      });
      if (elements.length > CHUNK_ELEMENTS && runLayout === null) {
        // Framed first, so each chunk shows where it will stay.
        cy.resize();
        const shown = latest.current.viewport;
        if (shown !== null) applyViewport(cy, shown);
        else if (placed !== null) fitPositions(cy, placed, FIT_PADDING, LARGEST_NODE / 2);
        // Cytoscape's typings have no batching(): whether a chunk's batch is open.
        let open = false;
        try {
          for (let done = 0; done < elements.length; done += CHUNK_ELEMENTS) {
            setChunks({ index, done, total: elements.length });
            await nextTask();
            // The previous chunk's style pass, in this task.
            if (open) cy.endBatch();
            open = false;
            if (cancelled()) return;
            cy.startBatch();
            open = true;
            cy.add(elements.slice(done, done + CHUNK_ELEMENTS));
          }
        } finally {
          if (open) cy.endBatch();
        }
        setChunks(null);
      }
      if (runLayout !== null) await runLayout(cy);
      if (cancelled()) return;
      laidOut.current = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
      cy.batch(() => placePins(cy, latest.current.pins));
      // Cytoscape reads its container's size on resize events, which may not have
      // come yet on a first load: without this, the camera is framed for a stale size.
      cy.resize();
      const shown = latest.current.viewport;
      if (shown !== null) applyViewport(cy, shown);
      else if (placed !== null) fitPositions(cy, placed, FIT_PADDING, LARGEST_NODE / 2);
      else cy.fit(undefined, FIT_PADDING);
      // Cytoscape's WebGL mode emits no render events: its first frame is the next one.
      if (renderer === 'webgl')
        requestAnimationFrame(() =>
          requestAnimationFrame(() => performance.mark(TIMING_MARKS.graphDrawn)),
        );
      else cy.one('render', () => performance.mark(TIMING_MARKS.graphDrawn));
      setDrawn({ index, layout, isOverviewMode });
    };
    draw().catch((error: unknown) => {
      if (cancelled()) return;
      setFailure({ index, message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      controller.abort();
    };
  }, [cy, index, layout, isOverviewMode, renderer]);

  useEffect(() => {
    if (cy === null || !isReady) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const entity = index.entityById.get(node.id());
        if (entity === undefined) return;
        const label = nodeLabel(entity, language);
        // Setting an unchanged label would still restyle and redraw every node.
        if (node.data('label') !== label) node.data('label', label);
      });
    });
  }, [cy, index, language, isReady]);

  // Rolled-up ties come and go with the roll-up and the filters: only what differs
  // is added, changed or removed, in one batch. A new layout starts from none.
  const shownTies = useRef<{ drawn: object; byId: Map<string, DrawnTie> } | null>(null);
  useEffect(() => {
    if (cy === null || !isReady) return;
    const before =
      shownTies.current?.drawn === drawn ? shownTies.current.byId : new Map<string, DrawnTie>();
    const byId = new Map(ties.map((tie) => [tie.id, tie]));
    cy.batch(() => {
      for (const id of before.keys()) if (!byId.has(id)) cy.getElementById(id).remove();
      const added: DrawnTie[] = [];
      for (const tie of ties) {
        const old = before.get(tie.id);
        if (old === undefined) added.push(tie);
        else if (tieChanged(old, tie)) cy.getElementById(tie.id).data(tieData(tie));
      }
      cy.add(tieElements(added));
    });
    shownTies.current = { drawn, byId };
  }, [cy, isReady, drawn, ties]);

  // Before anything that looks elements up: opening a group adds its members.
  useOverviewDrawing(
    cy,
    isReady && isOverviewMode ? drawn : null,
    index,
    props.overview,
    language,
    viewport,
  );
  // The graph marks the selection (and zooms to it) once the details panel has shown it.
  const selected = useAfterPaint(chosen);
  useGraphVisibility(cy, isReady ? drawn : null, index, visible, selected, ties, props.overview);
  // A large graph names what the camera shows: after each drawing and what opening a
  // group added here, and when the camera comes to rest or the canvas changes size.
  useEffect(() => {
    if (cy !== null && isReady) nameWhatIsInView(cy, index.dataset);
  }, [cy, isReady, index, props.overview]);
  usePathHighlight(cy, isReady ? drawn : null, index, props.path, ties);
  useCompareMarks(cy, isReady ? drawn : null, props.compared ?? null);

  // Pins: pinned entities sit at their pins and are marked; an unpinned one goes
  // back to where the layout put it.
  const placedPins = useRef<{ drawn: object; ids: Set<string> } | null>(null);
  useEffect(() => {
    if (cy === null || !isReady) return;
    const before = placedPins.current?.drawn === drawn ? placedPins.current.ids : new Set<string>();
    const ids = new Set(pins.map((pin) => pin.id));
    cy.batch(() => {
      placePins(cy, pins);
      for (const id of ids) if (!before.has(id)) cy.getElementById(id).addClass('pinned');
      for (const id of before) {
        if (ids.has(id)) continue;
        const node = cy.getElementById(id);
        node.removeClass('pinned');
        const home = laidOut.current.get(id);
        if (home !== undefined) node.position(home);
      }
    });
    placedPins.current = { drawn, ids };
  }, [cy, isReady, drawn, pins]);

  useEffect(() => {
    if (cy === null || !isReady || pinRequest === null) return;
    if (handledRequests.pin === pinRequest.nonce) return;
    handledRequests.pin = pinRequest.nonce;
    const node = cy.getElementById(pinRequest.id);
    if (node.isNode()) latest.current.onPin(node.id(), node.position().x, node.position().y);
  }, [cy, isReady, pinRequest]);

  useImperativeHandle<GraphPicture | null, GraphPicture | null>(
    props.pictureRef,
    () =>
      cy === null || !isReady
        ? null
        : graphPicture(cy, () => ({
            background: GRAPH_INKS[latest.current.theme].halo,
            title: latest.current.description,
            underlay: mapUnderlay(
              latest.current.layout,
              shownOutline.current,
              latest.current.theme,
            ),
            sheet: shownSheet.current,
            print: {
              sheet: graphStylesheet(
                latest.current.index.dataset,
                'light',
                latest.current.hedgedMark,
              ),
              background: GRAPH_INKS.light.halo,
              underlay: mapUnderlay(latest.current.layout, shownOutline.current, 'light'),
            },
          })),
    [cy, isReady],
  );

  const highlighted = props.highlighted;
  useEffect(() => {
    if (cy === null || !isReady) return;
    cy.batch(() => {
      cy.$('.evidence-hit').removeClass('evidence-hit');
      for (const id of highlighted) cy.getElementById(id).addClass('evidence-hit');
    });
  }, [cy, isReady, highlighted]);

  useEffect(() => {
    if (cy === null || !isReady || viewport === null) return;
    if (!sameViewport(readViewport(cy), viewport)) applyViewport(cy, viewport);
    showSheet(cy, index.dataset);
  }, [cy, isReady, viewport, index]);

  const { theme, hedgedMark } = props;
  useEffect(() => {
    if (cy !== null && isReady) showSheet(cy, index.dataset);
  }, [cy, isReady, index, theme, hedgedMark]);

  useEffect(() => {
    if (cy === null || !isReady || centreRequest === null) return;
    if (handledRequests.centre === centreRequest.nonce) return;
    handledRequests.centre = centreRequest.nonce;
    const element = cy.getElementById(centreRequest.id);
    if (element.nonempty() && element.visible()) {
      cy.animate(
        { center: { eles: element } },
        { duration: 200, complete: () => latest.current.onViewportChange(readViewport(cy)) },
      );
    }
  }, [cy, isReady, centreRequest]);

  // In a crowded graph (CROWDED_MIN_ELEMENTS) a selection zooms to its neighbourhood, so
  // its name and ties can be read; the selection a link opens with keeps the link's camera.
  const [zoomedIn, setZoomedIn] = useState(false);
  const lastSelected = useRef(selected);
  const drawnElements = visible.entities.size + visible.relations.size + ties.length;
  useEffect(() => {
    if (cy === null || !isReady || selected === lastSelected.current) return;
    lastSelected.current = selected;
    if (selected === null || !isCrowded(drawnElements)) return;
    const node = cy.getElementById(selected);
    if (!node.isNode() || !node.visible()) return;
    const at = node.position();
    const around = node
      .neighborhood()
      .nodes(':visible')
      .map((n): [number, number] => {
        const p = n.position();
        return [p.x, p.y];
      });
    const target = neighbourhoodViewport(
      cy.width(),
      cy.height(),
      [at.x, at.y],
      around,
      FIT_PADDING,
      OVERVIEW_LABEL_ZOOM,
    );
    moveCamera(cy, target, () => {
      latest.current.onViewportChange(readViewport(cy));
      setZoomedIn(true);
    });
  }, [cy, isReady, selected, drawnElements]);

  const showWholeGraph = () => {
    if (cy === null) return;
    const shown = cy.elements(':visible');
    const done = () => {
      latest.current.onViewportChange(readViewport(cy));
    };
    if (prefersReducedMotion()) {
      cy.fit(shown.nonempty() ? shown : undefined, FIT_PADDING);
      done();
    } else {
      cy.stop(true, false);
      cy.animate(
        { fit: { eles: shown.nonempty() ? shown : cy.elements(), padding: FIT_PADDING } },
        { duration: 400, complete: done },
      );
    }
    setZoomedIn(false);
  };

  useEffect(() => {
    if (cy === null || !isReady || fitRequest === handledRequests.fit) return;
    handledRequests.fit = fitRequest;
    const shown = cy.elements(':visible');
    cy.fit(shown.nonempty() ? shown : undefined, FIT_PADDING);
    // Report at once, so a resize before the debounced report keeps this framing.
    latest.current.onViewportChange(readViewport(cy));
  }, [cy, isReady, fitRequest]);

  // The outline moves with the graph: placed again after every drawing and camera move.
  useEffect(() => {
    if (cy !== null && isReady) followCamera(cy, outlineRef.current);
  }, [cy, isReady, outline, layout]);

  // On the map, meetings without a place of their own are marked (dashed outline).
  const placeUnknown = layout === 'map' ? outline?.placeUnknown : undefined;
  useEffect(() => {
    if (cy === null || !isReady) return;
    cy.batch(() => {
      cy.nodes('.place-unknown').removeClass('place-unknown');
      for (const id of placeUnknown ?? []) cy.getElementById(id).addClass('place-unknown');
    });
  }, [cy, isReady, placeUnknown]);

  return (
    <div className="graph-view">
      {layout === 'map' && outline !== null && (
        <svg className="map-outline" aria-hidden="true" data-testid="map-outline">
          <g ref={outlineRef}>
            {mapUnderlay('map', outline, props.theme)?.map((shape, i) => (
              <path key={i} className={MAP_PART_CLASSES[i]} {...shape} />
            ))}
            {outline.unplaced > 0 && (
              <text className="map-unplaced" x={outline.caption.x} y={outline.caption.y}>
                {props.mapLabels?.notPlaced(outline.unplaced)}
              </text>
            )}
          </g>
        </svg>
      )}
      <div
        ref={containerRef}
        className="graph-canvas"
        role="img"
        aria-label={description}
        data-testid="graph-canvas"
        data-ready={isReady}
        data-renderer={renderer}
      />
      {phase !== null && <GraphProgress phase={phase} onCancel={props.onCancelDrawing} />}
      {zoomedIn && isReady && (
        <button type="button" className="small-button graph-whole" onClick={showWholeGraph}>
          {props.wholeGraphLabel}
        </button>
      )}
      {hover !== null && (
        <GraphTooltip
          index={index}
          hover={hover}
          language={language}
          tie={ties.find((tie) => tie.id === hover.id)}
          overview={props.overview}
          placeUnknown={placeUnknown?.has(hover.id) ?? false}
        />
      )}
    </div>
  );
}
