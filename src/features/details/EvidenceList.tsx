import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, Evidence } from '../../domain/dataset/datasetSchema.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';
import { Badge } from '../../components/Badge.tsx';
import { Excerpt } from '../../components/Excerpt.tsx';
import { SourceGrade } from '../../components/SourceGrade.tsx';

/**
 * Excerpts grouped by their article: each article's metadata once, then its excerpts
 * in place. `owner` names the entity or relation they belong to when it is not the
 * selection (a relation on a path, the relations behind a rolled-up tie): reading
 * one then selects its owner.
 */
export function EvidenceList({
  evidence,
  owner,
  headingLevel = 4,
}: {
  evidence: readonly Evidence[];
  owner?: string;
  /** The level of each article's heading, below the heading the list sits under. */
  headingLevel?: 4 | 5;
}) {
  const { t } = useTranslation();
  const { articleById } = useDatasetIndex();
  const openReader = useViewStore((s) => s.openReader);
  const readExcerptOf = useViewStore((s) => s.readExcerptOf);
  const idPrefix = useId();
  const byArticle = new Map<string, { item: Evidence; number: number }[]>();
  evidence.forEach((item, i) => {
    byArticle.set(item.article, [...(byArticle.get(item.article) ?? []), { item, number: i + 1 }]);
  });

  return (
    <div className="evidence-list">
      {[...byArticle].map(([articleId, items]) => {
        const article: Article | undefined = articleById.get(articleId);
        if (article === undefined) return null;
        return (
          <section key={articleId} className="source">
            <ArticleMeta article={article} headingLevel={headingLevel} compact />
            <ol className="excerpts">
              {items.map(({ item, number }) => {
                const excerptId = `${idPrefix}-${number}`;
                return (
                  <li key={number} className="excerpt-card">
                    <p className="excerpt-meta">
                      {t('details.paragraph', { number: item.paragraph })}{' '}
                      {item.modality === 'hedged' ? (
                        <Badge tone="hedged">{t('details.hedgedCue', { cue: item.cue })}</Badge>
                      ) : (
                        <Badge tone="stated">{t('details.stated')}</Badge>
                      )}{' '}
                      <SourceGrade
                        reliability={article.reliability}
                        credibility={item.credibility}
                      />
                    </p>
                    <Excerpt
                      paragraph={article.paragraphs[item.paragraph - 1] ?? ''}
                      evidence={item}
                      language={article.language}
                      id={excerptId}
                    />
                    {item.gloss !== undefined && (
                      <p className="gloss">
                        <span className="gloss-label">{t('details.gloss')}</span>{' '}
                        <span lang="en">{item.gloss.en}</span>
                      </p>
                    )}
                    <button
                      type="button"
                      className="read-button"
                      aria-describedby={excerptId}
                      onClick={() =>
                        owner === undefined ? openReader(number) : readExcerptOf(owner, number)
                      }
                    >
                      {t('details.read')}
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
