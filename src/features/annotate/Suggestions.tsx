import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addEvidence, excerptOf } from '../../domain/annotation/draftEdits.ts';
import type { Article, Dataset } from '../../domain/dataset/datasetSchema.ts';
import { findMentions, type Mention } from '../../domain/evidence/findMentions.ts';

interface SuggestionsProps {
  dataset: Dataset;
  article: Article;
  onEdit: (dataset: Dataset) => void;
}

const keyOf = (m: Mention) => `${m.entityId}:${m.paragraph}:${m.start}`;

/** Mentions of the draft's entities not yet cited: accept one or all as evidence, or dismiss. */
export function Suggestions({ dataset, article, onEdit }: SuggestionsProps) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const suggestions = useMemo(() => {
    const cited = dataset.entities.flatMap((entity) =>
      entity.evidence
        .filter((e) => e.article === article.id)
        .map((e) => ({
          id: entity.id,
          paragraph: e.paragraph,
          start: e.offset,
          end: e.offset + e.quote.length,
        })),
    );
    return findMentions(article, dataset.entities).filter(
      (m) =>
        !m.isNested &&
        !dismissed.has(keyOf(m)) &&
        !cited.some(
          (c) =>
            c.id === m.entityId &&
            c.paragraph === m.paragraph &&
            c.start < m.end &&
            m.start < c.end,
        ),
    );
  }, [dataset, article, dismissed]);

  const accept = (base: Dataset, mention: Mention): Dataset => {
    const excerpt = excerptOf(base, {
      article: article.id,
      start: { paragraph: mention.paragraph, offset: mention.start },
      end: { paragraph: mention.paragraph, offset: mention.end },
    });
    if (!excerpt.ok) return base;
    const result = addEvidence(base, mention.entityId, excerpt.evidence);
    return result.ok ? result.dataset : base;
  };
  const nameOf = (id: string) => dataset.entities.find((e) => e.id === id)?.name.en ?? id;

  return (
    <section aria-labelledby="annotate-suggestions-heading">
      <h2 id="annotate-suggestions-heading">{t('annotate.suggestions.heading')}</h2>
      {suggestions.length === 0 ? (
        <p>{t('annotate.suggestions.none')}</p>
      ) : (
        <>
          <button type="button" onClick={() => onEdit(suggestions.reduce(accept, dataset))}>
            {t('annotate.suggestions.acceptAll')}
          </button>
          <ul>
            {suggestions.map((m) => {
              const quote = article.paragraphs[m.paragraph - 1]!.slice(m.start, m.end);
              const label = t('annotate.suggestions.item', { quote, name: nameOf(m.entityId) });
              return (
                <li key={keyOf(m)}>
                  <span>{label}</span>{' '}
                  <button
                    type="button"
                    aria-label={`${t('annotate.suggestions.accept')}: ${label}`}
                    onClick={() => onEdit(accept(dataset, m))}
                  >
                    {t('annotate.suggestions.accept')}
                  </button>
                  <button
                    type="button"
                    aria-label={`${t('annotate.suggestions.dismiss')}: ${label}`}
                    onClick={() => setDismissed(new Set([...dismissed, keyOf(m)]))}
                  >
                    {t('annotate.suggestions.dismiss')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
