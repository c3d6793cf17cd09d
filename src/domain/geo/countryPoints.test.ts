import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../testSupport/seedDataset.ts';
import { countryPoint, mapBasis } from './countryPoints.ts';

describe('countryPoint', () => {
  it('is the country’s capital, as GeoNames gives it (capitals.json)', () => {
    expect(countryPoint('PRK')).toEqual({ at: [125.75, 39.03], capital: 'Pyongyang' });
    expect(countryPoint('RUS')).toEqual({ at: [37.62, 55.75], capital: 'Moscow' });
  });

  it('falls back to the centre of the country’s largest polygon where GeoNames names no capital', () => {
    // GeoNames codes no city of Israel as its capital (PPLC): the map does not pick one.
    const israel = countryPoint('ISR')!;
    expect(israel.capital).toBeNull();
    const [lon, lat] = israel.at;
    expect(lon).toBeGreaterThan(34);
    expect(lon).toBeLessThan(36);
    expect(lat).toBeGreaterThan(29.5);
    expect(lat).toBeLessThan(33.5);
  });

  it('is null for a code neither the capitals nor the outline know', () => {
    expect(countryPoint('XXX')).toBeNull();
  });

  it('places the seed’s states by their ISO codes', () => {
    const basis = mapBasis(seedDataset());
    expect(basis.get('russia')).toMatchObject({
      kind: 'country',
      country: 'RUS',
      capital: 'Moscow',
    });
    expect(basis.get('sergey-lavrov')).toMatchObject({ kind: 'beside', of: ['russia'] });
    expect(basis.get('lavrov-choe-meeting')).toMatchObject({
      kind: 'beside',
      of: ['sergey-lavrov', 'choe-son-hui'],
    });
    // The seed names no member of "the West": it is not placed rather than guessed.
    expect(basis.get('the-west')).toEqual({ kind: 'not-placed' });
  });
});
