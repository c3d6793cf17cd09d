import { describe, expect, it } from 'vitest';
import { pinAt, unpin } from './pinAt.ts';
import { MAX_PINS } from './viewState.ts';

describe('pinAt', () => {
  it('adds a pin in whole units, and moves an entity pinned already in place', () => {
    const once = pinAt([], 'russia', 10.4, -3.6);
    expect(once).toEqual([{ id: 'russia', x: 10, y: -4 }]);
    const twice = pinAt(pinAt(once, 'north-korea', 1, 1), 'russia', 50, 60);
    expect(twice).toEqual([
      { id: 'russia', x: 50, y: 60 },
      { id: 'north-korea', x: 1, y: 1 },
    ]);
  });

  it('lets the oldest pin go past the most a link carries', () => {
    let pins = pinAt([], 'first', 0, 0);
    for (let i = 1; i < MAX_PINS; i++) pins = pinAt(pins, `e${i}`, i, i);
    expect(pins).toHaveLength(MAX_PINS);
    pins = pinAt(pins, 'newest', 5, 5);
    expect(pins).toHaveLength(MAX_PINS);
    expect(pins.map((p) => p.id)).not.toContain('first');
    expect(pins.at(-1)).toEqual({ id: 'newest', x: 5, y: 5 });
  });

  it('ignores a point that is not a number', () => {
    expect(pinAt([], 'russia', Number.NaN, 0)).toEqual([]);
  });
});

describe('unpin', () => {
  it('removes only that entity’s pin', () => {
    const pins = [
      { id: 'russia', x: 1, y: 2 },
      { id: 'north-korea', x: 3, y: 4 },
    ];
    expect(unpin(pins, 'russia')).toEqual([{ id: 'north-korea', x: 3, y: 4 }]);
  });
});
