import { useTranslation } from 'react-i18next';
import type { Article, Citation } from '../../domain/dataset/datasetSchema.ts';
import { isHttpUrl } from '../../domain/articles/isHttpUrl.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';

const SHOWN_ARTICLES = 20;

/** Where in the source a citation points, in words: sentence, confidence, offsets. */
function LocatorLine({ citation }: { citation: Citation }) {
  const { t } = useTranslation();
  const { locator, source } = citation;
  const offsets = [locator?.actor1Offset, locator?.actor2Offset, locator?.actionOffset].filter(
    (offset): offset is number => offset !== undefined && offset >= 0,
  );
  const parts = [
    locator?.sentence !== undefined && t('citations.sentence', { sentence: locator.sentence }),
    locator?.confidence !== undefined &&
      t('citations.confidence', { confidence: locator.confidence }),
    offsets.length > 0 && t('citations.offsets', { offsets: offsets.join(', ') }),
    source.row !== undefined &&
      t('citations.row', {
        format: source.format.toUpperCase(),
        row: source.row,
        file: source.file ?? t('unknown'),
      }),
    source.id !== undefined && t('citations.rowId', { id: source.id }),
  ].filter((part) => part !== false);
  return <p className="citation-locator">{parts.join(' · ')}</p>;
}

/**
 * The citations behind an imported item, grouped by article: what is known of the
 * article, a link to open it (http(s) only) or its identifier, and where the coder
 * read the event. Nothing here quotes the article: its text is not held.
 */
export function CitationList({
  citations,
  headingLevel = 4,
}: {
  citations: readonly Citation[];
  headingLevel?: 4 | 5;
}) {
  const { t } = useTranslation();
  const { articleById } = useDatasetIndex();
  const byArticle = new Map<string, Citation[]>();
  for (const citation of citations) {
    byArticle.set(citation.article, [...(byArticle.get(citation.article) ?? []), citation]);
  }
  const groups = [...byArticle];
  const hidden = groups.length - SHOWN_ARTICLES;
  return (
    <div className="citation-list">
      {groups.slice(0, SHOWN_ARTICLES).map(([articleId, items]) => {
        const article: Article | undefined = articleById.get(articleId);
        if (article === undefined) return null;
        return (
          <section key={articleId} className="source cited">
            <ArticleMeta article={article} headingLevel={headingLevel} compact />
            <p className="cited-no-excerpt">
              {article.url !== null && isHttpUrl(article.url) ? (
                <ExternalLink href={article.url}>{t('citations.citedNoExcerpt')}</ExternalLink>
              ) : (
                <>
                  {t('citations.citedNoExcerpt')}:{' '}
                  {article.identifier == null
                    ? t('citations.noLink')
                    : t('citations.identifier', { identifier: article.identifier })}
                </>
              )}
            </p>
            {items.map((citation, i) => (
              <div key={i} className="citation">
                <LocatorLine citation={citation} />
                {citation.description !== undefined && (
                  <blockquote className="source-description">
                    <p className="citation-description-label">{t('citations.description')}</p>
                    <p>{citation.description}</p>
                  </blockquote>
                )}
              </div>
            ))}
          </section>
        );
      })}
      {hidden > 0 && <p className="citation-more">{t('citations.more', { count: hidden })}</p>}
    </div>
  );
}
