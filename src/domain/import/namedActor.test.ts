import { describe, expect, it } from 'vitest';
import { icewsSectorsHoldOffice, namesItsCountry } from './namedActor.ts';

describe('namesItsCountry', () => {
  it.each([
    ['RUSSIA', 'RUS'],
    ['Russian Federation', 'RUS'],
    ['RUSSIAN', 'RUS'],
    ['NORTH KOREAN', 'PRK'],
    ['Rusya', 'RUS'],
    ['Kuzey Kore', 'PRK'],
    ['MOSCOW', 'RUS'],
    ['WASHINGTON', 'USA'],
    ['Pyongyang', 'PRK'],
  ])('takes "%s" for %s itself (its name, adjective or capital)', (name, code) => {
    expect(namesItsCountry(name, code)).toBe(true);
  });

  it.each([
    ['SERGEY LAVROV', 'RUS'],
    ['RUSSIAN SENATE', 'RUS'],
    ['PRESIDENT', 'RUS'],
    ['RUSSIA', 'PRK'],
    ['SEOUL', 'PRK'],
    ['RUSSIA', 'WST'],
  ])('takes "%s" under %s for someone else', (name, code) => {
    expect(namesItsCountry(name, code)).toBe(false);
  });
});

describe('icewsSectorsHoldOffice', () => {
  it.each([
    ['Government', true],
    ['Elite, Executive, Executive Office', true],
    ['Legislative / Parliamentary', true],
    ['Military, Army', true],
    ['Business, Media', false],
    ['Social, Education', false],
  ])('"%s" → %s', (sectors, holds) => {
    expect(icewsSectorsHoldOffice(sectors)).toBe(holds);
  });
});
