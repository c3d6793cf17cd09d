import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Dataset } from '../../domain/dataset/datasetSchema.ts';
import { mergeDatasets } from '../../domain/import/mergeDatasets.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { AddArticleForm } from './AddArticleForm.tsx';
import { drafts, editor } from './annotateSession.ts';
import { ArticleText, type TextSelection } from './ArticleText.tsx';
import { DraftList } from './DraftList.tsx';
import { DraftOutput } from './DraftOutput.tsx';
import { Duplicates } from './Duplicates.tsx';
import { EditTextForm, RevisionResult } from './EditText.tsx';
import type { RevisionReport } from '../../domain/annotation/reviseText.ts';
import { suggestionKey, uncitedMentions } from '../../domain/annotation/suggestions.ts';
import { SelectionActions } from './SelectionActions.tsx';
import { Suggestions } from './Suggestions.tsx';
import './annotate.css';

// The import's parsers load only when the analyst imports into a draft.
const ImportDialog = lazy(() =>
  import('../datasets/ImportDialog.tsx').then((module) => ({ default: module.ImportDialog })),
);

interface AnnotateModeProps {
  /** The dataset being viewed in the explorer, which a new draft may copy. */
  viewed: Dataset;
  /** Shows a dataset file in the explorer (as "Open file…" does). */
  /** Shows the draft's file in the explorer; `draft` is the draft's name. */
  onExplore: (file: File, draft: string) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select') !== null;
}

/** Annotate: drafts, articles, and marking their words as entities, evidence and relations. */
export default function AnnotateMode({ viewed, onExplore }: AnnotateModeProps) {
  const { t } = useTranslation();
  const view = useViewStore((s) => s.view);
  const { setView } = useViewStore.getState();
  const dataset = useStore(editor, (s) => (s.draftId === view.draft ? s.dataset : null));
  const saveError = useStore(editor, (s) => s.saveError);
  const isSaving = useStore(editor, (s) => s.isSaving);
  const canUndo = useStore(editor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(editor.temporal, (s) => s.futureStates.length > 0);
  const [storageError, setStorageError] = useState<'refused' | 'full' | null>(null);
  const [adding, setAdding] = useState(false);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState(false);
  // Suggestions the analyst dismissed, by draft and article (while Annotate is open):
  // drafts copied from one another share article ids.
  const [dismissed, setDismissed] = useState<ReadonlyMap<string, ReadonlySet<string>>>(new Map());
  // The last text edit's excerpts that still need the analyst, by article.
  const [revision, setRevision] = useState<{
    article: string;
    report: RevisionReport;
    /** The text the report was made on: after an Undo, the list no longer applies. */
    paragraphs: readonly string[];
  } | null>(null);

  const draftId = view.draft;
  const stored = useQuery({
    queryKey: ['draft', draftId],
    queryFn: () => (draftId === null ? null : drafts.read(draftId)),
    enabled: draftId !== null,
    staleTime: Infinity,
    gcTime: 0,
  });
  useEffect(() => {
    const read = stored.data;
    if (draftId !== null && read?.ok && editor.getState().draftId !== draftId)
      editor.getState().open(draftId, read.dataset);
  }, [draftId, stored.data]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      const history = editor.temporal.getState();
      if (event.shiftKey) history.redo();
      else history.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const article = dataset?.articles.find((a) => a.id === view.article) ?? null;
  const dismissalKey = `${draftId}:${article?.id}`;
  const suggestions = useMemo(
    () =>
      dataset === null || article === null
        ? []
        : uncitedMentions(dataset, article, dismissed.get(dismissalKey)),
    [dataset, article, dismissed, dismissalKey],
  );
  const nameOf = (id: string) => dataset?.entities.find((e) => e.id === id)?.name.en ?? id;
  const name = stored.data?.name ?? '';
  const storage = saveError ?? storageError;

  return (
    <div className="annotate">
      <header className="app-header">
        <h1>{t('annotate.title')}</h1>
        <button
          type="button"
          onClick={() => setView({ mode: 'explore', draft: null, article: null })}
        >
          {t('annotate.backToExplorer')}
        </button>
        {draftId !== null && (
          <>
            <strong>{name}</strong>
            <button type="button" onClick={() => setView({ draft: null, article: null })}>
              {t('annotate.drafts.close')}
            </button>
            <button
              type="button"
              disabled={!canUndo}
              onClick={() => editor.temporal.getState().undo()}
            >
              {t('annotate.history.undo')}
            </button>
            <button
              type="button"
              disabled={!canRedo}
              onClick={() => editor.temporal.getState().redo()}
            >
              {t('annotate.history.redo')}
            </button>
            <span className="annotate-hint">{t('annotate.history.keys')}</span>
            {dataset !== null && saveError === null && (
              <span role="status" className="annotate-hint">
                {t(isSaving ? 'annotate.history.saving' : 'annotate.history.saved')}
              </span>
            )}
            {dataset !== null && (
              <DraftOutput
                dataset={dataset}
                name={name}
                onExplore={onExplore}
                onGoTo={(target) => {
                  setAdding(false);
                  setSelection(null);
                  setView({ article: target.article });
                }}
              />
            )}
            {dataset !== null && (
              <button type="button" onClick={() => setImporting(true)}>
                {t('annotate.import.open')}
              </button>
            )}
          </>
        )}
      </header>
      {importing && dataset !== null && (
        <Suspense fallback={null}>
          <ImportDialog
            dropped={null}
            onClose={() => setImporting(false)}
            confirmLabel={t('annotate.import.confirm')}
            onConfirm={(imported) => {
              // One step of undo: matched entities gain citations, the rest is added.
              const { dataset: merged, report } = mergeDatasets(dataset, imported);
              editor.getState().apply(merged);
              const counted = (part: 'entities' | 'relations' | 'articles', count: number) =>
                t(`annotate.import.${part}`, { count });
              setNotes([
                t('annotate.import.merged', {
                  title: imported.title.en,
                  matched: counted('entities', report.matched.length),
                  added: (['entities', 'relations', 'articles'] as const)
                    .map((part) => counted(part, report.added[part]))
                    .join(', '),
                }),
              ]);
              return Promise.resolve(true);
            }}
          />
        </Suspense>
      )}
      {storage !== null && (
        <div role="alert" className="annotate-storage">
          <p>{t(`annotate.storage.${storage}`)}</p>
          {dataset !== null && (
            <DraftOutput dataset={dataset} name={name} onExplore={onExplore} force />
          )}
        </div>
      )}
      {draftId === null && (
        <DraftList
          viewed={viewed}
          onOpen={(id) => setView({ draft: id, article: null })}
          onStorageError={setStorageError}
        />
      )}
      {draftId !== null && stored.data === null && (
        <p role="alert">{t('annotate.storage.missing', { id: draftId })}</p>
      )}
      {stored.data?.ok === false && (
        <div role="alert">
          {stored.data.reason === 'newer-format' ? (
            <p>{t('annotate.storage.newer', { version: stored.data.version })}</p>
          ) : (
            <>
              <p>{t('annotate.storage.invalid')}</p>
              <ul>
                {stored.data.problems.slice(0, 20).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {dataset !== null && (
        <div className="annotate-body">
          <nav className="annotate-articles" aria-labelledby="annotate-articles-heading">
            <h2 id="annotate-articles-heading">{t('annotate.article.heading')}</h2>
            <ul>
              {dataset.articles.map((a) => (
                <li key={a.id}>
                  <button
                    type="button"
                    aria-current={a.id === view.article}
                    onClick={() => {
                      setSelection(null);
                      setView({ article: a.id });
                    }}
                  >
                    {a.title ?? t('annotate.article.untitled', { id: a.id })}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" onClick={() => setAdding(true)}>
              {t('annotate.article.add')}
            </button>
            {notes.map((note) => (
              <p key={note} role="status">
                {note}
              </p>
            ))}
            <Duplicates dataset={dataset} onEdit={(next) => editor.getState().apply(next)} />
          </nav>
          {editing && article !== null ? (
            <EditTextForm
              dataset={dataset}
              article={article}
              onCancel={() => setEditing(false)}
              onRevised={(next, report) => {
                editor.getState().apply(next);
                setEditing(false);
                setSelection(null);
                setRevision({
                  article: article.id,
                  report,
                  paragraphs: next.articles.find((a) => a.id === article.id)!.paragraphs,
                });
              }}
            />
          ) : adding ? (
            <AddArticleForm
              dataset={dataset}
              onCancel={() => setAdding(false)}
              onAdded={(next, id, added) => {
                editor.getState().apply(next);
                setAdding(false);
                setNotes(added);
                setSelection(null);
                setView({ article: id });
              }}
            />
          ) : (
            article !== null && (
              <>
                <div className="annotate-article">
                  <button type="button" onClick={() => setEditing(true)}>
                    {t('annotate.edit.button')}
                  </button>
                  {revision?.article === article.id &&
                    revision.paragraphs === article.paragraphs && (
                      <RevisionResult
                        dataset={dataset}
                        articleId={article.id}
                        report={revision.report}
                        onEdit={(next, answered) => {
                          editor.getState().apply(next);
                          // An answered excerpt leaves the list; the others keep their index.
                          const open = (ref: { item: string; index: number }) =>
                            `${ref.item}:${ref.index}` !== answered;
                          setRevision({
                            ...revision,
                            report: {
                              ...revision.report,
                              ambiguous: revision.report.ambiguous.filter(open),
                              missing: revision.report.missing.filter(open),
                            },
                          });
                        }}
                      />
                    )}
                  <ArticleText
                    article={article}
                    selection={selection}
                    onSelect={setSelection}
                    suggestions={suggestions}
                    nameOf={nameOf}
                  />
                </div>
                <aside className="annotate-side">
                  <SelectionActions
                    dataset={dataset}
                    article={article}
                    selection={selection}
                    onEdit={(next) => {
                      editor.getState().apply(next);
                      setSelection(null);
                    }}
                  />
                  <Suggestions
                    dataset={dataset}
                    article={article}
                    suggestions={suggestions}
                    onEdit={(next) => editor.getState().apply(next)}
                    onDismiss={(mention) =>
                      setDismissed(
                        new Map(dismissed).set(
                          dismissalKey,
                          new Set(dismissed.get(dismissalKey)).add(suggestionKey(mention)),
                        ),
                      )
                    }
                  />
                </aside>
              </>
            )
          )}
        </div>
      )}
    </div>
  );
}
