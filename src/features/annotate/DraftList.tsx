import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readLocalDatasetFile } from '../../dataset/openedFiles.ts';
import { checkInWorker } from '../../dataset/readDatasetText.ts';
import { formatPath } from '../../domain/dataset/datasetProblem.ts';
import type { Dataset } from '../../domain/dataset/datasetSchema.ts';
import { DraftStorageError } from '../../drafts/draftStore.ts';
import { drafts } from './annotateSession.ts';

interface DraftListProps {
  viewed: Dataset;
  onOpen: (id: string) => void;
  onStorageError: (kind: DraftStorageError['kind']) => void;
}

/** The drafts in this browser: new (empty, or a copy of the dataset viewed), open, rename, duplicate, delete. */
export function DraftList({ viewed, onOpen, onStorageError }: DraftListProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const { data: list } = useQuery({ queryKey: ['drafts'], queryFn: () => drafts.list() });
  const viewedTitle = viewed.title[i18n.language] ?? viewed.title.en;
  const chooser = useRef<HTMLInputElement>(null);
  // Why the last file chosen could not become a draft; the drafts stay as they were.
  const [refused, setRefused] = useState<{ message: string; problems: string[] } | null>(null);

  const guard = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      if (error instanceof DraftStorageError) onStorageError(error.kind);
      else throw error;
    }
    await client.invalidateQueries({ queryKey: ['drafts'] });
  };

  const create = (from?: Dataset) =>
    guard(async () =>
      onOpen(
        await drafts.create(
          from === undefined ? t('annotate.drafts.emptyName') : viewedTitle,
          from,
        ),
      ),
    );

  /** A new draft from a dataset file (one downloaded from Annotate, or any dataset). */
  const createFromFile = async (file: File) => {
    setRefused(null);
    let check;
    try {
      check = await checkInWorker(await readLocalDatasetFile(file));
    } catch (error) {
      setRefused({ message: error instanceof Error ? error.message : String(error), problems: [] });
      return;
    }
    if (check.kind === 'not-json') {
      setRefused({
        message: t('annotate.drafts.fileNotJson', { name: file.name, message: check.message }),
        problems: [],
      });
    } else if (check.kind === 'invalid') {
      setRefused({
        message: t('annotate.drafts.fileInvalid', { name: file.name }),
        problems: check.problems.map((p) =>
          t('annotate.out.problem', { path: formatPath(p.path), message: p.message }),
        ),
      });
    } else {
      const { dataset } = check;
      await guard(async () =>
        onOpen(await drafts.create(dataset.title[i18n.language] ?? dataset.title.en, dataset)),
      );
    }
  };

  return (
    <section className="annotate-drafts" aria-labelledby="annotate-drafts-heading">
      <h2 id="annotate-drafts-heading">{t('annotate.drafts.heading')}</h2>
      <p>{t('annotate.drafts.localOnly')}</p>
      <div className="annotate-row">
        <button type="button" onClick={() => void create()}>
          {t('annotate.drafts.newEmpty')}
        </button>
        <button type="button" onClick={() => void create(viewed)}>
          {t('annotate.drafts.newCopy', { title: viewedTitle })}
        </button>
        <button type="button" onClick={() => chooser.current?.click()}>
          {t('annotate.drafts.newFromFile')}
        </button>
        <input
          ref={chooser}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('annotate.drafts.newFromFile')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file !== undefined) void createFromFile(file);
          }}
        />
      </div>
      {refused !== null && (
        <div role="alert">
          <p>{refused.message}</p>
          {refused.problems.length > 0 && (
            <ul>
              {refused.problems.slice(0, 20).map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {list?.length === 0 && <p>{t('annotate.drafts.none')}</p>}
      <ul>
        {list?.map((draft) => (
          <li key={draft.id}>
            <strong>{draft.name}</strong>{' '}
            <span>{t('annotate.drafts.changed', { when: new Date(draft.changedAt) })}</span>{' '}
            <span>{t('annotate.drafts.counts', { ...draft })}</span>{' '}
            <button type="button" onClick={() => onOpen(draft.id)}>
              {t('annotate.drafts.open')}
            </button>
            <button
              type="button"
              onClick={() => {
                const name = window.prompt(
                  t('annotate.drafts.renameLabel', { name: draft.name }),
                  draft.name,
                );
                if (name !== null && name.trim() !== '')
                  void guard(() => drafts.rename(draft.id, name.trim()));
              }}
            >
              {t('annotate.drafts.rename')}
            </button>
            <button
              type="button"
              onClick={() =>
                void guard(() =>
                  drafts.duplicate(draft.id, t('annotate.drafts.copyName', { name: draft.name })),
                )
              }
            >
              {t('annotate.drafts.duplicate')}
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(t('annotate.drafts.confirmDelete', { name: draft.name })))
                  void guard(() => drafts.remove(draft.id));
              }}
            >
              {t('annotate.drafts.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
