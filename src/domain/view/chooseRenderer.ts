import { OVERVIEW_MIN_ELEMENTS } from '../overview/overviewThreshold.ts';
import type { RendererName } from './viewState.ts';

// Unmasked renderer strings of WebGL implementations that run on the CPU: Chromium's
// SwiftShader (also behind ANGLE, and as "Google SwiftShader"), Mesa's llvmpipe,
// softpipe and swrast, Windows' Basic Render Driver and WARP, Apple's software renderer.
const SOFTWARE_RENDERERS =
  /swiftshader|llvmpipe|softpipe|swrast|software|basic render|microsoft warp|\bwarp\b|mesa offscreen/i;

/**
 * Whether a WebGL renderer string (WEBGL_debug_renderer_info's UNMASKED_RENDERER_WEBGL)
 * names a CPU implementation. Null or empty (no WebGL, or the browser hides the
 * name) counts as software: WebGL is used only when it is known to be hardware.
 * @example isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)') // true
 * @example isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)') // false
 */
export function isSoftwareRenderer(name: string | null): boolean {
  return name === null || name.trim() === '' || SOFTWARE_RENDERERS.test(name);
}

/** What the browser offers: whether it has WebGL 2 at all, and its renderer's name. */
export interface WebglSupport {
  available: boolean;
  /** The unmasked renderer string; null when the browser hides it. */
  name: string | null;
}

/**
 * Up to this many entities and relations in a dataset (one drawn whole, never as an
 * overview) the canvas draws every frame fast enough even in software, and keeps
 * Cytoscape's label rules that its WebGL preview ignores (`min-zoomed-font-size`).
 * Such a dataset is not probed: the probe's WebGL context cost the seed's first frame
 * 40–70 ms on the page's thread.
 */
export const WEBGL_MIN_ELEMENTS = OVERVIEW_MIN_ELEMENTS;

/**
 * Whether a dataset of this many entities and relations is large enough for WebGL.
 * @example isLargeDrawing(24) // false
 */
export const isLargeDrawing = (elements: number) => elements > WEBGL_MIN_ELEMENTS;

/**
 * The renderer to draw with: the 2D canvas for a small dataset unless WebGL is forced,
 * and without WebGL 2 (Cytoscape's WebGL mode needs it); else the one a link forces,
 * else WebGL on hardware and the canvas on a software rasteriser (slower there than
 * the canvas). The GPU is probed only when the answer depends on it.
 * @example chooseRenderer(null, true, () => ({ available: true, name: 'Apple M2' })) // 'webgl'
 * @example chooseRenderer(null, false, () => ({ available: true, name: 'Apple M2' })) // 'canvas'
 * @example chooseRenderer('canvas', true, () => ({ available: true, name: 'Apple M2' })) // 'canvas'
 */
export function chooseRenderer(
  forced: RendererName | null,
  isLarge: boolean,
  probe: () => WebglSupport,
): RendererName {
  if (forced === 'canvas' || (forced === null && !isLarge)) return 'canvas';
  const webgl = probe();
  if (!webgl.available) return 'canvas';
  if (forced !== null) return forced;
  return isSoftwareRenderer(webgl.name) ? 'canvas' : 'webgl';
}
