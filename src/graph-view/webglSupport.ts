import type { WebglSupport } from '../domain/view/chooseRenderer.ts';

let probed: WebglSupport | undefined;

/**
 * Whether the browser has WebGL 2 (what Cytoscape's WebGL mode asks for) and its
 * implementation's own name (WEBGL_debug_renderer_info's unmasked renderer), to tell
 * a GPU from a software rasteriser. The probe context is released at once. Probed
 * once per page (making the context takes 40–70 ms on a software rasteriser), and
 * only for a dataset large enough to be drawn with WebGL (`chooseRenderer`).
 */
export function webglSupport(): WebglSupport {
  probed ??= probe();
  return probed;
}

function probe(): WebglSupport {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (gl === null) return { available: false, name: null };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = info === null ? null : gl.getParameter(info.UNMASKED_RENDERER_WEBGL);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, name: typeof name === 'string' ? name : null };
}
