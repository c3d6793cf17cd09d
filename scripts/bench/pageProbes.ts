// Functions the bench runs inside the pages it drives (through Playwright's
// page.evaluate and addInitScript): each is self-contained, as Playwright sends
// its source text to the browser. No named inner functions: tsx wraps them in a
// `__name` helper that does not exist in the page.

import { ENTITY_KIND_LABELS } from '../../src/domain/dataset/entityKindLabels.ts';

/** The filter the bench times: the "Official" kind off and on (about 40 % of entities). */
export const BENCH_FILTER: [legend: string, label: string] = [
  'Entity kinds',
  ENTITY_KIND_LABELS.official.one,
];

interface Probes {
  longTasks: [number, number][];
  frameCallbacks: [number, number][];
  /** When the first frame was on the canvases: after the page's drawn mark, pixels read back. */
  firstFrameAt: number | null;
}

/** The slice of Cytoscape's API the probes use. */
interface CyLike {
  one: (event: string, handler: () => void) => void;
  getElementById: (id: string) => { emit: (event: string) => void };
  nodes: (selector?: string) => {
    map: <T>(f: (node: NodeLike) => T) => T[];
    length: number;
  };
  edges: (selector?: string) => { length: number; map: <T>(f: (edge: NodeLike) => T) => T[] };
}
interface NodeLike {
  id: () => string;
  position: () => { x: number; y: number };
  data: (key: string) => unknown;
  degree: (includeLoops: boolean) => number;
}

type CyContainer = HTMLElement & { _cyreg: { cy: CyLike } };

declare global {
  interface Window {
    __benchProbes?: Probes;
  }
}

/**
 * Installed before any page script: records long tasks and animation-frame callbacks,
 * and when a page marks its first frame drawn (the app's `diplograph:graph-drawn`,
 * the baselines' `bench:first-frame`), reads a pixel back from each of its canvases. Browsers draw canvases lazily (2D drawing is recorded, WebGL queued to
 * the GPU process); reading back makes the drawing happen, so every page's first
 * frame is timed when its pixels exist.
 */
export function installProbes(): void {
  const probes: Probes = { longTasks: [], frameCallbacks: [], firstFrameAt: null };
  window.__benchProbes = probes;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probes.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    if (probes.firstFrameAt !== null) return;
    if (
      !list
        .getEntries()
        .some((e) => ['diplograph:graph-drawn', 'bench:first-frame'].includes(e.name))
    )
      return;
    for (const canvas of document.querySelectorAll('canvas')) {
      const context2d = canvas.getContext('2d');
      if (context2d !== null) {
        context2d.getImageData(0, 0, 1, 1);
        continue;
      }
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    }
    probes.firstFrameAt = performance.now();
  }).observe({ type: 'mark' });
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    request((time) => {
      const start = performance.now();
      try {
        callback(time);
      } finally {
        const duration = performance.now() - start;
        if (duration >= 5) probes.frameCallbacks.push([start, duration]);
      }
    });
}

export function readProbes(): Probes {
  return window.__benchProbes ?? { longTasks: [], frameCallbacks: [], firstFrameAt: null };
}

/** What the app drew, where, and what to select and search for. */
export function appGraph() {
  const container = document.querySelector<CyContainer>('[data-testid="graph-canvas"]')!;
  const cy = container._cyreg.cy;
  const nodes = cy.nodes().map((n) => {
    const { x, y } = n.position();
    return [n.id(), x, y, String(n.data('kind'))] as [string, number, number, string];
  });
  const edges = cy
    .edges()
    .map(
      (e) =>
        [e.id(), String(e.data('source')), String(e.data('target'))] as [string, string, string],
    );
  const ranked = cy
    .nodes()
    .map((n) => ({ id: n.id(), label: String(n.data('label')), degree: n.degree(false) }))
    .sort((a, b) => b.degree - a.degree);
  return {
    nodes,
    edges,
    hubs: ranked.slice(0, 8),
    drawn: { nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length },
  };
}

/** Clicks a filter checkbox and times it to the end of the next drawn frame. */
export async function toggleFacet([legend, label]: [string, string]): Promise<{
  ms: number;
  hidden: string[];
}> {
  const container = document.querySelector<CyContainer>('[data-testid="graph-canvas"]')!;
  const cy = container._cyreg.cy;
  const group = [...document.querySelectorAll('fieldset')].find(
    (f) => f.querySelector('legend')?.textContent === legend,
  );
  const input = [...(group?.querySelectorAll('label') ?? [])]
    .find((l) => l.querySelector('.facet-label')?.textContent === label)
    ?.querySelector('input');
  if (input === undefined || input === null) throw new Error(`no "${label}" in "${legend}"`);
  const start = performance.now();
  const drawn = new Promise<void>((resolve, reject) => {
    cy.one('render', resolve);
    setTimeout(() => reject(new Error('no frame drawn within 60 s of the filter')), 60_000);
  });
  input.click();
  await drawn;
  // Read a pixel back so the frame is drawn, as the baseline pages do (see installProbes).
  for (const canvas of container.querySelectorAll('canvas'))
    canvas.getContext('2d')?.getImageData(0, 0, 1, 1);
  const ms = performance.now() - start;
  return { ms, hidden: cy.nodes('.hidden').map((n) => n.id()) };
}

/** Types a query one character at a time; ms from each keystroke to its results drawn. */
export async function typeSearch(query: string): Promise<number[]> {
  const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
  // React listens for input events, and tracks the value through the prototype's setter.
  const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  if (input === null || valueSetter?.set === undefined) throw new Error('no search box');
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(input)
  const setValue = valueSetter.set;
  input.focus();
  const times: number[] = [];
  for (let i = 1; i <= query.length; i += 1) {
    const start = performance.now();
    setValue.call(input, query.slice(0, i));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    if (list?.querySelector('[role="option"]') == null)
      throw new Error(`no results drawn for "${query.slice(0, i)}"`);
    times.push(performance.now() - start);
  }
  setValue.call(input, '');
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.blur();
  return times;
}

/**
 * Taps an entity on the canvas; ms until the details panel shows its name, painted.
 * The name is looked for in animation-frame callbacks, which run before their frame
 * is painted: a timeout set once it is there runs after that paint. (Waiting for one
 * more frame, as this did before 4 December, counted the graph's next frame too.)
 * The tap comes once the page has drawn what came before (the previous selection's
 * highlight: a full redraw of a 20,000-entity graph takes ~400 ms in software), as an
 * analyst's next click does; until 5 December it came at once and its time held that
 * redraw.
 */
export async function selectEntity([id, name]: [string, string]): Promise<number> {
  const container = document.querySelector<CyContainer>('[data-testid="graph-canvas"]')!;
  const cy = container._cyreg.cy;
  for (let frame = 0; frame < 2; frame += 1)
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const start = performance.now();
  cy.getElementById(id).emit('tap');
  const deadline = start + 60_000;
  while (
    document.querySelector('aside[aria-label="Details"] h2')?.textContent.includes(name) !== true
  ) {
    if (performance.now() > deadline) throw new Error(`details never showed ${name}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await new Promise((resolve) => setTimeout(resolve));
  return performance.now() - start;
}

/** A performance mark's time since navigation, or null when it was not set. */
export function markTime(name: string): number | null {
  return performance.getEntriesByName(name)[0]?.startTime ?? null;
}

/** The WebGL renderer string the browser reports, or null without WebGL. */
export function webglRendererName(): string | null {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (gl === null) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = info === null ? null : gl.getParameter(info.UNMASKED_RENDERER_WEBGL);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return typeof name === 'string' ? name : 'unknown WebGL renderer';
}

/** What the overview draws: closed groups, ties, and entities of open groups. */
export function overviewShape(): { groups: number; ties: number; entities: number } {
  const container = document.querySelector<CyContainer>('[data-testid="graph-canvas"]')!;
  const cy = container._cyreg.cy;
  return {
    groups: cy.nodes('.group').length,
    ties: cy.edges('.group-tie').length,
    entities: cy.nodes(':visible').length - cy.nodes('.group').length,
  };
}

/**
 * Opens the overview's largest closed group (or, with `part`, the largest closed part
 * of an open group: its key holds `--`) with a tap; ms until the frame showing it is
 * drawn, or null when there is none to open.
 */
export async function openLargestGroup(part: boolean): Promise<number | null> {
  const container = document.querySelector<CyContainer>('[data-testid="graph-canvas"]')!;
  const cy = container._cyreg.cy;
  const groups = cy
    .nodes('.group[!open]')
    .map((n) => [n.id(), Number(n.data('members')), String(n.data('groupKey'))] as const)
    .filter(([, , key]) => key.includes('--') === part);
  const [id] = [...groups].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (id === undefined) return null;
  const start = performance.now();
  const drawn = new Promise<void>((resolve, reject) => {
    cy.one('render', resolve);
    setTimeout(() => reject(new Error('no frame drawn within 60 s of opening a group')), 60_000);
  });
  cy.getElementById(id).emit('tap');
  await drawn;
  for (const canvas of container.querySelectorAll('canvas'))
    canvas.getContext('2d')?.getImageData(0, 0, 1, 1);
  return performance.now() - start;
}
