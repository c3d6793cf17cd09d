import { describe, expect, it, vi } from 'vitest';
import {
  chooseRenderer,
  isLargeDrawing,
  isSoftwareRenderer,
  WEBGL_MIN_ELEMENTS,
  type WebglSupport,
} from './chooseRenderer.ts';

describe('isSoftwareRenderer', () => {
  it.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'Google SwiftShader',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Mesa/X.org softpipe',
    'Software Rasterizer',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'Apple Software Renderer',
    'Mesa swrast',
  ])('counts %s as software', (name) => {
    expect(isSoftwareRenderer(name)).toBe(true);
  });

  it.each([
    'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'Apple M2',
    'Mali-G78',
    'Adreno (TM) 650',
    'AMD Radeon RX 6800 XT (radeonsi, navi21, LLVM 15.0.7, DRM 3.49)',
    'Mesa Intel(R) Xe Graphics (TGL GT2)',
  ])('counts %s as hardware', (name) => {
    expect(isSoftwareRenderer(name)).toBe(false);
  });

  it('counts a hidden or missing name as software', () => {
    expect(isSoftwareRenderer(null)).toBe(true);
    expect(isSoftwareRenderer('')).toBe(true);
  });
});

describe('chooseRenderer', () => {
  const gpu = { available: true, name: 'Apple M2' };
  const swiftShader = { available: true, name: 'Google SwiftShader' };
  /** A probe that counts its calls. */
  const probing = (support: WebglSupport) => vi.fn(() => support);

  it('draws a large dataset with WebGL on a GPU and on the canvas without one', () => {
    expect(chooseRenderer(null, true, () => gpu)).toBe('webgl');
    expect(chooseRenderer(null, true, () => swiftShader)).toBe('canvas');
    expect(chooseRenderer(null, true, () => ({ available: true, name: null }))).toBe('canvas');
  });

  it('calls a dataset large past the overview threshold', () => {
    expect(isLargeDrawing(WEBGL_MIN_ELEMENTS)).toBe(false);
    expect(isLargeDrawing(WEBGL_MIN_ELEMENTS + 1)).toBe(true);
  });

  it('draws a small dataset on the canvas without probing the GPU, unless WebGL is forced', () => {
    const probe = probing(gpu);
    expect(chooseRenderer(null, false, probe)).toBe('canvas');
    expect(probe).not.toHaveBeenCalled();
    expect(chooseRenderer('webgl', false, probe)).toBe('webgl');
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('follows a forced renderer whatever the GPU, and probes none for the canvas', () => {
    expect(chooseRenderer('webgl', true, () => swiftShader)).toBe('webgl');
    const probe = probing(gpu);
    expect(chooseRenderer('canvas', true, probe)).toBe('canvas');
    expect(probe).not.toHaveBeenCalled();
  });

  it('draws on the canvas where the browser has no WebGL 2, even when WebGL is forced', () => {
    expect(chooseRenderer('webgl', true, () => ({ available: false, name: null }))).toBe('canvas');
  });
});
