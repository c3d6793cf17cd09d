import { Dexie, type EntityTable } from 'dexie';
import { checkDraft, type DraftCheck } from '../domain/annotation/checkDraft.ts';
import { newDraftDataset } from '../domain/annotation/draftEdits.ts';
import type { Dataset } from '../domain/dataset/datasetSchema.ts';

/** A draft as IndexedDB keeps it: the dataset is checked again whenever it is read. */
interface StoredDraft {
  id: string;
  name: string;
  /** When the draft last changed, in milliseconds since 1970. */
  changedAt: number;
  dataset: unknown;
}

/** A draft in the list: its name, when it last changed, and how much it holds. */
export interface DraftSummary {
  id: string;
  name: string;
  changedAt: number;
  articles: number;
  entities: number;
  relations: number;
}

/**
 * Storage refused (private mode, blocked by the browser, no IndexedDB) or full. The
 * UI says so and offers the download at once, so nothing typed is lost.
 */
export class DraftStorageError extends Error {
  constructor(
    readonly kind: 'refused' | 'full',
    cause: unknown,
  ) {
    super(kind === 'full' ? 'browser storage is full' : 'browser storage is refused', { cause });
    this.name = 'DraftStorageError';
  }
}

function storageError(error: unknown): DraftStorageError {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (e) => (e as { name?: unknown } | null)?.name,
  );
  return new DraftStorageError(names.includes('QuotaExceededError') ? 'full' : 'refused', error);
}

const count = (dataset: unknown, key: string) => {
  const list = (dataset as Record<string, unknown> | null)?.[key];
  return Array.isArray(list) ? list.length : 0;
};

/** A new draft id: URL-safe, as the format's ids are. */
function newDraftId(): string {
  return `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Drafts kept in the browser's IndexedDB (through Dexie). Every call writes at once;
 * a failure to store is a DraftStorageError.
 */
export class DraftStore {
  private readonly db: Dexie & { drafts: EntityTable<StoredDraft, 'id'> };

  constructor(
    name = 'diplograph-drafts',
    private readonly now: () => number = Date.now,
  ) {
    this.db = new Dexie(name) as Dexie & { drafts: EntityTable<StoredDraft, 'id'> };
    this.db.version(1).stores({ drafts: 'id, changedAt' });
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw storageError(error);
    }
  }

  /** Every draft, the last changed first. */
  list(): Promise<DraftSummary[]> {
    return this.run(async () => {
      const drafts = await this.db.drafts.orderBy('changedAt').reverse().toArray();
      return drafts.map(({ id, name, changedAt, dataset }) => ({
        id,
        name,
        changedAt,
        articles: count(dataset, 'articles'),
        entities: count(dataset, 'entities'),
        relations: count(dataset, 'relations'),
      }));
    });
  }

  /** A new draft: empty, or a copy of a dataset (the one being viewed). Gives its id. */
  create(name: string, from?: Dataset): Promise<string> {
    const id = newDraftId();
    const dataset = from === undefined ? newDraftDataset(name) : structuredClone(from);
    return this.run(async () => {
      await this.db.drafts.add({ id, name, changedAt: this.now(), dataset });
      return id;
    });
  }

  /** The draft's dataset, checked: a damaged draft or one from a newer format says so. */
  read(id: string): Promise<(DraftCheck & { name: string }) | null> {
    return this.run(async () => {
      const stored = await this.db.drafts.get(id);
      return stored === undefined ? null : { ...checkDraft(stored.dataset), name: stored.name };
    });
  }

  save(id: string, dataset: Dataset): Promise<void> {
    return this.run(async () => {
      await this.db.drafts.update(id, { dataset, changedAt: this.now() });
    });
  }

  rename(id: string, name: string): Promise<void> {
    return this.run(async () => {
      await this.db.drafts.update(id, { name, changedAt: this.now() });
    });
  }

  /** A copy of a draft under a new name; gives the copy's id. */
  duplicate(id: string, name: string): Promise<string> {
    return this.run(async () => {
      const stored = await this.db.drafts.get(id);
      if (stored === undefined) throw new Error(`no draft ${id}`);
      const copy = { ...stored, id: newDraftId(), name, changedAt: this.now() };
      await this.db.drafts.add(copy);
      return copy.id;
    });
  }

  remove(id: string): Promise<void> {
    return this.run(() => this.db.drafts.delete(id));
  }

  close(): void {
    this.db.close();
  }
}
