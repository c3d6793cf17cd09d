import { create } from 'zustand';

/** What the dataset loader is doing, for the progress line while it loads. */
export type LoadStage =
  | { step: 'fetching' }
  | { step: 'checking'; characters: number }
  | { step: 'retrying'; attempt: number; attempts: number; delayMs: number; reason: string }
  | null;

const useLoadProgress = create<{ stage: LoadStage }>()(() => ({ stage: null }));

export function setLoadStage(stage: LoadStage): void {
  useLoadProgress.setState({ stage });
}

/** The loader's current stage; re-renders when it changes. */
export function useLoadStage(): LoadStage {
  return useLoadProgress((s) => s.stage);
}
