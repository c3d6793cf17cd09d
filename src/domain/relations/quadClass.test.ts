import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CAMEO_ROOTS, cameoRootOf, quadClassOf } from './quadClass.ts';

describe('quadClassOf', () => {
  it.each([
    ['01', 'verbal-cooperation'],
    ['04', 'verbal-cooperation'],
    ['05', 'verbal-cooperation'],
    ['06', 'material-cooperation'],
    ['062', 'material-cooperation'],
    ['08', 'material-cooperation'],
    ['09', 'verbal-conflict'],
    ['13', 'verbal-conflict'],
    ['14', 'material-conflict'],
    ['163', 'material-conflict'],
    ['20', 'material-conflict'],
  ])('puts CAMEO %s in %s', (code, quadClass) => {
    expect(quadClassOf(code)).toBe(quadClass);
  });

  it.each(['00', '21', '4', '04a', '06123', ''])('rejects the malformed code %j', (code) => {
    expect(quadClassOf(code)).toBeNull();
    expect(cameoRootOf(code)).toBeNull();
  });

  it('names all twenty root codes', () => {
    expect(Object.keys(CAMEO_ROOTS)).toHaveLength(20);
  });

  test.prop([fc.string()])('never throws, and classifies exactly the codes it can root', (code) => {
    expect(quadClassOf(code) === null).toBe(cameoRootOf(code) === null);
  });
});
