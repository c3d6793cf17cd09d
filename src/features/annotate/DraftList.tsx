import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
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
      </div>
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
