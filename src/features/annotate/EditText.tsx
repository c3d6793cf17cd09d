import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseArticleText } from '../../domain/annotation/articleText.ts';
import {
  resolveExcerpt,
  reviseArticleText,
  type RevisionReport,
} from '../../domain/annotation/reviseText.ts';
import type { Article, Dataset } from '../../domain/dataset/datasetSchema.ts';

/** Correcting an article's text: the new text, then what became of each excerpt. */
export function EditTextForm({
  dataset,
  article,
  onCancel,
  onRevised,
}: {
  dataset: Dataset;
  article: Article;
  onCancel: () => void;
  onRevised: (dataset: Dataset, report: RevisionReport) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(article.paragraphs.join('\n'));
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="annotate-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        const { paragraphs } = normaliseArticleText(text);
        if (paragraphs.length === 0) {
          setProblem(t('annotate.edit.empty'));
          return;
        }
        const revised = reviseArticleText(dataset, article.id, paragraphs);
        if (revised !== null) onRevised(revised.dataset, revised.report);
      }}
    >
      <h2 id={`${id}-heading`}>{t('annotate.edit.heading')}</h2>
      <p>{t('annotate.edit.intro')}</p>
      <label>
        {t('annotate.edit.text')}
        <textarea rows={12} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {problem !== null && <p role="alert">{problem}</p>}
      <button type="submit">{t('annotate.edit.save')}</button>
      <button type="button" onClick={onCancel}>
        {t('annotate.article.cancel')}
      </button>
    </form>
  );
}

/**
 * What re-anchoring did, and the excerpts that need a person: each ambiguous one
 * with its places to choose from, each missing one with its suggestion to confirm,
 * and either removed on request. Nothing here moves an excerpt unasked.
 */
export function RevisionResult({
  dataset,
  articleId,
  report,
  onEdit,
}: {
  dataset: Dataset;
  /** The article whose text was edited. */
  articleId: string;
  report: RevisionReport;
  onEdit: (dataset: Dataset, answered: string) => void;
}) {
  const { t } = useTranslation();
  const nameOf = (item: string) => {
    const found = [...dataset.entities, ...dataset.relations].find((x) => x.id === item);
    return found !== undefined && 'name' in found ? found.name.en : item;
  };
  const key = (ref: { item: string; index: number }) => `${ref.item}:${ref.index}`;
  const removeButton = (ref: { item: string; index: number }) => (
    <button type="button" onClick={() => onEdit(resolveExcerpt(dataset, ref, 'remove'), key(ref))}>
      {t('annotate.edit.remove')}
    </button>
  );
  const paragraphs = dataset.articles.find((a) => a.id === articleId)?.paragraphs ?? [];
  // A place shown by the words around it, as the analyst reads the text.
  const paragraphOf = (paragraph: number, offset: number, length: number) => {
    const text = paragraphs[paragraph - 1] ?? '';
    const start = Math.max(0, offset - 24);
    return t('annotate.edit.place', {
      paragraph,
      around: `${start > 0 ? '…' : ''}${text.slice(start, offset + length + 24)}${offset + length + 24 < text.length ? '…' : ''}`,
    });
  };
  return (
    <section className="annotate-revision" aria-labelledby="annotate-revision-heading">
      <h2 id="annotate-revision-heading">{t('annotate.edit.resultHeading')}</h2>
      <p role="status">
        {t('annotate.edit.summary', {
          exact: report.exact.length,
          moved: report.moved.length,
          open: report.ambiguous.length + report.missing.length,
        })}
      </p>
      <ul>
        {report.ambiguous.map((ref) => (
          <li key={key(ref)}>
            {t('annotate.edit.ambiguous', { name: nameOf(ref.item), quote: ref.quote })}{' '}
            {ref.places.map((place) => (
              <button
                key={`${place.paragraph}:${place.offset}`}
                type="button"
                onClick={() =>
                  onEdit(
                    resolveExcerpt(dataset, ref, {
                      place: { ...place, length: ref.quote.length },
                    }),
                    key(ref),
                  )
                }
              >
                {paragraphOf(place.paragraph, place.offset, ref.quote.length)}
              </button>
            ))}{' '}
            {removeButton(ref)}
          </li>
        ))}
        {report.missing.map((ref) => (
          <li key={key(ref)}>
            {t('annotate.edit.missing', { name: nameOf(ref.item), quote: ref.quote })}{' '}
            {ref.suggestion !== null && (
              <button
                type="button"
                onClick={() =>
                  onEdit(
                    resolveExcerpt(dataset, ref, {
                      place: { ...ref.suggestion!, length: ref.suggestion!.text.length },
                    }),
                    key(ref),
                  )
                }
              >
                {t('annotate.edit.confirm', { text: ref.suggestion.text })}
              </button>
            )}{' '}
            {removeButton(ref)}
          </li>
        ))}
      </ul>
    </section>
  );
}
