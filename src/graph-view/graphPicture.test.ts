import type { Core, StylesheetJson } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphPicture, type PictureLook } from './graphPicture.ts';

// A stand-in for Cytoscape that records what the pictures ask of it.
function fakeCore(box = { w: 800, h: 600 }) {
  const calls: { style: StylesheetJson[]; png: Record<string, unknown>[]; styleAtPng: unknown[] } =
    { style: [], png: [], styleAtPng: [] };
  let current: StylesheetJson | null = null;
  const cy = {
    elements: () => ({ boundingBox: () => box }),
    style: (sheet: StylesheetJson) => {
      calls.style.push(sheet);
      current = sheet;
    },
    png: (options: Record<string, unknown>) => {
      calls.png.push(options);
      calls.styleAtPng.push(current);
      return Promise.resolve(new Blob(['png']));
    },
  };
  return { cy: cy as unknown as Core, calls };
}

const screenSheet = [{ selector: 'node', style: { color: 'white' } }] as StylesheetJson;
const lightSheet = [{ selector: 'node', style: { color: 'black' } }] as StylesheetJson;
const look = (): PictureLook => ({
  background: '#141414',
  title: 'A view',
  sheet: screenSheet,
  print: { sheet: lightSheet, background: '#ffffff' },
});

describe('graphPicture', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes PNGs at twice the CSS size on any screen, on the theme background', async () => {
    vi.stubGlobal('window', { devicePixelRatio: 2 });
    const { cy, calls } = fakeCore();
    await graphPicture(cy, look).png(false);
    expect(calls.png).toEqual([{ output: 'blob-promise', full: false, scale: 1, bg: '#141414' }]);
  });

  it('scales a whole large graph down to fit the largest canvas browsers allow', async () => {
    vi.stubGlobal('window', { devicePixelRatio: 1 });
    const { cy, calls } = fakeCore({ w: 32_000, h: 1_000 });
    await graphPicture(cy, look).png(true);
    expect(calls.png[0]).toMatchObject({ full: true, scale: 0.5 });
  });

  it('draws the print picture with the light sheet, then puts the screen sheet back', async () => {
    vi.stubGlobal('window', { devicePixelRatio: 1 });
    const { cy, calls } = fakeCore();
    await graphPicture(cy, look).printPng();
    expect(calls.styleAtPng).toEqual([lightSheet]);
    expect(calls.png[0]).toMatchObject({ full: false, bg: '#ffffff' });
    expect(calls.style).toEqual([lightSheet, screenSheet]);
  });

  it('puts the screen sheet back even when drawing fails', () => {
    vi.stubGlobal('window', { devicePixelRatio: 1 });
    const { cy, calls } = fakeCore();
    (cy as unknown as { png: () => never }).png = () => {
      throw new Error('canvas too large');
    };
    expect(() => graphPicture(cy, look).printPng()).toThrow('canvas too large');
    expect(calls.style).toEqual([lightSheet, screenSheet]);
  });
});
