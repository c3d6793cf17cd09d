import { MAX_PINS, type Pin } from './viewState.ts';

/**
 * Pins an entity at a point, in whole graph units; a pin of the same entity moves,
 * and past MAX_PINS the oldest pin gives way. A point that is not finite changes nothing.
 * @example pinAt([{ id: 'russia', x: 0, y: 0 }], 'russia', 10.4, -3.6) // [{ id: 'russia', x: 10, y: -4 }]
 */
export function pinAt(pins: readonly Pin[], id: string, x: number, y: number): Pin[] {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return [...pins];
  const pin = { id, x: Math.round(x), y: Math.round(y) };
  const index = pins.findIndex((p) => p.id === id);
  if (index >= 0) return pins.map((p, i) => (i === index ? pin : p));
  return [...pins, pin].slice(-MAX_PINS);
}

/**
 * The pins without one entity's.
 * @example unpin([{ id: 'russia', x: 0, y: 0 }], 'russia') // []
 */
export function unpin(pins: readonly Pin[], id: string): Pin[] {
  return pins.filter((p) => p.id !== id);
}
