import { useId } from 'react';
import type { Article, Evidence } from '../../domain/dataset/datasetSchema.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';
import { Badge } from '../../components/Badge.tsx';
import { Excerpt } from '../../components/Excerpt.tsx';

/**
 * Excerpts grouped by their article: each article's metadata once, then its excerpts
 * in place. `owner` names the entity or relation they belong to when it is not the
 * selection (a rolled-up tie lists others'): reading one then selects its owner.
 */
export function EvidenceList({
  evidence,
  owner,
}: {
  evidence: readonly Evidence[];
  owner?: string;
}) {
  const { articleById } = useDatasetIndex();
  const openReader = useViewStore((s) => s.openReader);
  const setView = useViewStore((s) => s.setView);
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
            <ArticleMeta article={article} headingLevel={4} compact />
            <ol className="excerpts">
              {items.map(({ item, number }) => {
                const excerptId = `${idPrefix}-excerpt-${number}`;
                return (
                  <li key={number} className="excerpt-card">
                    <p className="excerpt-meta">
                      ¶{item.paragraph}{' '}
                      {item.modality === 'hedged' ? (
                        <Badge tone="hedged">hedged: “{item.cue}”</Badge>
                      ) : (
                        <Badge tone="stated">stated</Badge>
                      )}
                    </p>
                    <Excerpt
                      paragraph={article.paragraphs[item.paragraph - 1] ?? ''}
                      evidence={item}
                      language={article.language}
                      id={excerptId}
                    />
                    {item.gloss !== undefined && (
                      <p className="gloss" lang="en">
                        <span className="gloss-label">Editors’ translation:</span> {item.gloss.en}
                      </p>
                    )}
                    <button
                      type="button"
                      className="read-button"
                      aria-describedby={excerptId}
                      onClick={() =>
                        owner === undefined
                          ? openReader(number)
                          : setView({ selected: owner, reading: number })
                      }
                    >
                      Read the article
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
