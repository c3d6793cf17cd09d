import type { DatasetIndex } from '../domain/dataset/indexDataset.ts';
import { decodePins, encodePins } from '../domain/view/viewCodec.ts';
import type { Pin } from '../domain/view/viewState.ts';
import { useViewStore } from './useViewStore.ts';

// Pins are kept per dataset and version: positions made on one version of a dataset
// say nothing about another. They are stored as links write them.
const keyOf = (datasetId: string, version: string) => `diplograph:pins:${datasetId}@${version}`;

/** The pins kept in this browser for a dataset, those of entities it has; none if storage is off. */
export function storedPins(index: DatasetIndex, version: string): Pin[] {
  try {
    const text = window.localStorage.getItem(keyOf(index.dataset.id, version));
    if (text === null) return [];
    return decodePins(text).pins.filter((pin) => index.entityById.get(pin.id) !== undefined);
  } catch {
    return [];
  }
}

function storePins(datasetId: string, version: string, pins: readonly Pin[]): void {
  try {
    if (pins.length === 0) window.localStorage.removeItem(keyOf(datasetId, version));
    else window.localStorage.setItem(keyOf(datasetId, version), encodePins(pins));
  } catch {
    // Storage may be off or full: the pins then last as long as the link.
  }
}

/**
 * Keeps the pins of one loaded dataset in this browser as they change. A change that
 * comes with a change of dataset (opening another one resets the view) is not its own.
 * Returns a function that stops it.
 */
export function keepPins(datasetId: string, version: string, isCurrent: () => boolean): () => void {
  return useViewStore.subscribe((state, previous) => {
    if (state.view.pins === previous.view.pins || !isCurrent()) return;
    if (state.view.data !== previous.view.data) return;
    storePins(datasetId, version, state.view.pins);
  });
}
