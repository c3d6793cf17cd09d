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
 * The renderer to draw with: the 2D canvas without WebGL 2 (Cytoscape's WebGL mode
 * needs it), else the one a link forces, else WebGL on hardware and the canvas on a
 * software rasteriser (slower there than the canvas).
 * @example chooseRenderer(null, { available: true, name: 'Apple M2' }) // 'webgl'
 * @example chooseRenderer('canvas', { available: true, name: 'Apple M2' }) // 'canvas'
 */
export function chooseRenderer(forced: RendererName | null, webgl: WebglSupport): RendererName {
  if (!webgl.available) return 'canvas';
  if (forced !== null) return forced;
  return isSoftwareRenderer(webgl.name) ? 'canvas' : 'webgl';
}
