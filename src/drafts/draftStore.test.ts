import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addArticle, newDraftDataset } from '../domain/annotation/draftEdits.ts';
import type { Dataset } from '../domain/dataset/datasetSchema.ts';
import { seedDataset } from '../testSupport/seedDataset.ts';
import { createDraftEditor } from './draftEditor.ts';
import { DraftStorageError, DraftStore } from './draftStore.ts';

let clock = 1_000;
const tick = () => (clock += 1_000);
let dbCount = 0;
const freshStore = () => new DraftStore(`drafts-test-${dbCount++}`, tick);

const META = {
  title: 'A fictional note',
  publisher: null,
  author: null,
  published: null,
  url: null,
  language: 'en',
  licence: null,
  annotatedBy: 'test',
};
const withArticle = (dataset: Dataset, text: string) => {
  const result = addArticle(dataset, META, [text]);
  if (!result.ok) throw new Error(result.reason);
  return result.dataset;
};

describe('DraftStore', () => {
  it('creates, lists (last changed first), renames, duplicates and deletes drafts', async () => {
    const store = freshStore();
    const empty = await store.create('Empty');
    const copy = await store.create('Seed copy', seedDataset());
    expect((await store.list()).map((d) => d.name)).toEqual(['Seed copy', 'Empty']);
    expect((await store.list())[0]).toMatchObject({
      entities: seedDataset().entities.length,
      articles: 1,
    });

    await store.rename(empty, 'Renamed');
    const summaries = await store.list();
    expect(summaries[0]).toMatchObject({ id: empty, name: 'Renamed' });
    expect(summaries[0]!.changedAt).toBeGreaterThan(summaries[1]!.changedAt);

    const twin = await store.duplicate(copy, 'Seed copy 2');
    expect(await store.read(twin)).toMatchObject({ ok: true, dataset: seedDataset() });

    await store.remove(copy);
    expect((await store.list()).map((d) => d.name).sort()).toEqual(['Renamed', 'Seed copy 2']);
    expect(await store.read(copy)).toBeNull();
  });

  it('says when a stored draft comes from a newer format version', async () => {
    const store = freshStore();
    const id = await store.create('Future');
    await store.save(id, { ...newDraftDataset('Future'), formatVersion: 2 } as unknown as Dataset);
    expect(await store.read(id)).toMatchObject({ ok: false, reason: 'newer-format', version: 2 });
  });

  it('turns a refused or full storage into a DraftStorageError', async () => {
    const store = freshStore();
    store.close();
    const error: unknown = await store.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftStorageError);
    expect((error as DraftStorageError).kind).toBe('refused');
  });
});

describe('the draft editor', () => {
  it('saves every change at once, and undo and redo too, so a reload finds the last state', async () => {
    const store = freshStore();
    const id = await store.create('Journey');
    const editor = createDraftEditor(store);
    editor.getState().open(id, newDraftDataset('Journey'));
    const first = withArticle(editor.getState().dataset!, 'First fictional line.');
    editor.getState().apply(first);
    const second = withArticle(first, 'Second fictional line.');
    editor.getState().apply(second);
    await editor.saved();
    expect(await store.read(id)).toMatchObject({ ok: true, dataset: second });

    editor.temporal.getState().undo();
    expect(editor.getState().dataset).toBe(first);
    await editor.saved();
    // A "reload": a new store and editor over the same database.
    expect(await store.read(id)).toMatchObject({ ok: true, dataset: first });

    editor.temporal.getState().redo();
    await editor.saved();
    expect(await store.read(id)).toMatchObject({ ok: true, dataset: second });
  });

  it('says it is saving from the change until storage has it, so the page can say when a reload is safe', async () => {
    const store = freshStore();
    const id = await store.create('Saving');
    const editor = createDraftEditor(store);
    editor.getState().open(id, newDraftDataset('Saving'));
    expect(editor.getState().isSaving).toBe(false);
    editor.getState().apply(withArticle(editor.getState().dataset!, 'A fictional line.'));
    expect(editor.getState().isSaving).toBe(true);
    await editor.saved();
    expect(editor.getState().isSaving).toBe(false);
  });

  it('does not count opening a draft as a change to undo', () => {
    const editor = createDraftEditor(freshStore());
    editor.getState().open('a', newDraftDataset('A'));
    editor.getState().apply(withArticle(editor.getState().dataset!, 'Line.'));
    editor.getState().open('b', newDraftDataset('B'));
    expect(editor.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keeps the dataset and says so when the storage refuses a save', async () => {
    const store = freshStore();
    const id = await store.create('Refused');
    const editor = createDraftEditor(store);
    editor.getState().open(id, newDraftDataset('Refused'));
    store.close();
    const edited = withArticle(editor.getState().dataset!, 'Kept in memory.');
    editor.getState().apply(edited);
    await editor.saved();
    expect(editor.getState()).toMatchObject({ saveError: 'refused', dataset: edited });
  });
});
