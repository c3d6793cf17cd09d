import { useTranslation } from 'react-i18next';
import { addEvidence, excerptOf } from '../../domain/annotation/draftEdits.ts';
import { suggestionKey } from '../../domain/annotation/suggestions.ts';
import type { Article, Dataset } from '../../domain/dataset/datasetSchema.ts';
import type { Mention } from '../../domain/evidence/findMentions.ts';

interface SuggestionsProps {
  dataset: Dataset;
  article: Article;
  /** The mentions not yet cited nor dismissed (uncitedMentions), also underlined in the text. */
  suggestions: readonly Mention[];
  onEdit: (dataset: Dataset) => void;
  onDismiss: (mention: Mention) => void;
}

/** Mentions of the draft's entities not yet cited: accept one or all as evidence, or dismiss. */
export function Suggestions({
  dataset,
  article,
  suggestions,
  onEdit,
  onDismiss,
}: SuggestionsProps) {
  const { t } = useTranslation();

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
                <li key={suggestionKey(m)}>
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
                    onClick={() => onDismiss(m)}
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
