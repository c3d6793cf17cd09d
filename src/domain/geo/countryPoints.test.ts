import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { countryPoint, mapBasis } from './countryPoints.ts';

describe('countryPoint', () => {
  it('is the centre of the country’s largest polygon in Natural Earth’s outline', () => {
    const [lon, lat] = countryPoint('PRK')!;
    expect(lon).toBeGreaterThan(124);
    expect(lon).toBeLessThan(131);
    expect(lat).toBeGreaterThan(37);
    expect(lat).toBeLessThan(43);
    // Mainland France, not the mean of its overseas departments.
    const [franceLon, franceLat] = countryPoint('FRA')!;
    expect(franceLon).toBeGreaterThan(-2);
    expect(franceLon).toBeLessThan(6);
    expect(franceLat).toBeGreaterThan(43);
    expect(franceLat).toBeLessThan(49);
  });

  it('is null for a code the outline has no country for', () => {
    expect(countryPoint('XXX')).toBeNull();
  });

  it('places the seed’s states by their ISO codes', () => {
    const basis = mapBasis(seedDataset());
    expect(basis.get('russia')).toMatchObject({ kind: 'country', country: 'RUS' });
    expect(basis.get('sergey-lavrov')).toMatchObject({ kind: 'beside', of: ['russia'] });
    expect(basis.get('lavrov-choe-meeting')).toMatchObject({
      kind: 'beside',
      of: ['sergey-lavrov', 'choe-son-hui'],
    });
    // The seed names no member of "the West": it is not placed rather than guessed.
    expect(basis.get('the-west')).toEqual({ kind: 'not-placed' });
  });
});
