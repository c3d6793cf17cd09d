import { useSyncExternalStore } from 'react';

/** What the dataset loader is doing, for the progress line while it loads. */
export type LoadStage = { step: 'fetching' } | { step: 'checking'; characters: number } | null;

let stage: LoadStage = null;
const listeners = new Set<() => void>();

export function setLoadStage(next: LoadStage): void {
  stage = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The loader's current stage; re-renders when it changes. */
export function useLoadStage(): LoadStage {
  return useSyncExternalStore(subscribe, () => stage);
}
