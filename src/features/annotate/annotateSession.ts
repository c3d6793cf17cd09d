import { createDraftEditor } from '../../drafts/draftEditor.ts';
import { DraftStore } from '../../drafts/draftStore.ts';

/** The drafts of this browser, and the editor of the open one: one of each per page. */
export const drafts = new DraftStore();
export const editor = createDraftEditor(drafts);
