import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import { DraftStorageError, type DraftStore } from './draftStore.ts';

/** The draft open in Annotate, with undo and redo over every change. */
export interface DraftEditorState {
  draftId: string | null;
  dataset: Dataset | null;
  /** The last save failed: storage refused or full. The dataset is still here to download. */
  saveError: DraftStorageError['kind'] | null;
  /** Changes are on their way to storage: a reload now could lose the last of them. */
  isSaving: boolean;
  /** Opens a draft's dataset; its history starts empty. */
  open: (draftId: string, dataset: Dataset) => void;
  /** Replaces the dataset with an edited one: one step of undo. */
  apply: (dataset: Dataset) => void;
  close: () => void;
}

/**
 * A store for editing one draft. Undo is zundo over the dataset alone: each edit
 * makes a new dataset that shares every untouched article, entity and relation with
 * the one before (the edits in domain/annotation copy only what they change), so
 * keeping the past costs little. Every change, undo and redo included, is saved to
 * the draft store at once.
 */
export function createDraftEditor(drafts: DraftStore, historyLimit = 200) {
  const editor = createStore<DraftEditorState>()(
    temporal(
      (set) => ({
        draftId: null,
        dataset: null,
        saveError: null,
        isSaving: false,
        open: (draftId, dataset) => {
          // Opening is not an edit: no undo step, and the history of another draft goes.
          const history = editor.temporal.getState();
          history.pause();
          set({ draftId, dataset, saveError: null });
          history.clear();
          history.resume();
        },
        apply: (dataset) => set({ dataset }),
        close: () => set({ draftId: null, dataset: null, saveError: null }),
      }),
      {
        partialize: (state) => ({ dataset: state.dataset }),
        limit: historyLimit,
        equality: (a, b) => a.dataset === b.dataset,
      },
    ),
  );

  let saving: Promise<void> = Promise.resolve();
  let pending = 0;
  editor.subscribe((state, previous) => {
    const { draftId, dataset } = state;
    if (draftId === null || dataset === null || dataset === previous.dataset) return;
    if (draftId !== previous.draftId) return;
    pending += 1;
    if (!state.isSaving) editor.setState({ isSaving: true });
    const settle = () => {
      pending -= 1;
      if (pending === 0) editor.setState({ isSaving: false });
    };
    saving = saving.then(() =>
      drafts
        .save(draftId, dataset)
        .then(
          () => {
            if (editor.getState().saveError !== null) editor.setState({ saveError: null });
          },
          (error: unknown) => {
            editor.setState({
              saveError: error instanceof DraftStorageError ? error.kind : 'refused',
            });
          },
        )
        .finally(settle),
    );
  });

  return Object.assign(editor, {
    /** Resolves once every change made so far is stored (or has failed to be). */
    saved: () => saving,
  });
}

export type DraftEditor = ReturnType<typeof createDraftEditor>;
