import { Trans, useTranslation } from 'react-i18next';
import type { Article } from '../domain/dataset/datasetSchema.ts';
import { articleTitle } from '../domain/articles/articleTitle.ts';
import { formatDate } from '../domain/dates/formatDate.ts';
import { languageName } from '../domain/text/languageName.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { OrUnknown } from './Unknown.tsx';

interface ArticleMetaProps {
  article: Article;
  headingLevel: 2 | 3 | 4 | 5;
  /** Title, language, publisher, date and URL only, on few lines: for the details panel. */
  compact?: boolean;
}

/** An article's title and what is known of it; "unknown" for each field the source does not give. */
export function ArticleMeta({ article, headingLevel, compact = false }: ArticleMetaProps) {
  const { t, i18n } = useTranslation();
  const title = articleTitle(article);
  const Heading = `h${headingLevel}` as const;
  return (
    <header className="article-meta">
      <Heading className="article-title">
        {title.isUntitled && title.text === '' ? (
          // An article only cited: no title and no text to name it by.
          <span className="untitled">{t('citations.untitledNotHeld')}</span>
        ) : title.isUntitled ? (
          <Trans
            i18nKey="article.untitled"
            values={{ text: title.text }}
            components={{
              untitled: <span className="untitled" />,
              quoted: <span lang={article.language} />,
            }}
          />
        ) : (
          <span lang={article.language}>{title.text}</span>
        )}
      </Heading>
      <dl className={compact ? 'meta compact' : 'meta'}>
        <div>
          <dt>{t('article.language')}</dt>
          <dd>
            {t('article.languageValue', {
              name: languageName(article.language, i18n.language),
              tag: article.language,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('article.publisher')}</dt>
          <dd>
            <OrUnknown value={article.publisher} />
          </dd>
        </div>
        <div>
          <dt>{t('article.published')}</dt>
          <dd>
            {article.published === null ? (
              <OrUnknown value={null} />
            ) : (
              <time dateTime={article.published}>
                {formatDate(article.published, i18n.language)}
              </time>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('article.url')}</dt>
          <dd>
            {article.url === null ? (
              <OrUnknown value={null} />
            ) : (
              <ExternalLink href={article.url}>{article.url}</ExternalLink>
            )}
          </dd>
        </div>
        {(article.reliability !== undefined || !compact) && (
          <div>
            <dt>{t('article.reliability')}</dt>
            <dd>
              {article.reliability === undefined
                ? t('article.notGraded')
                : t(`terms.reliability.${article.reliability}`)}
            </dd>
          </div>
        )}
        {!compact && (
          <>
            <div>
              <dt>{t('article.author')}</dt>
              <dd>
                <OrUnknown value={article.author} />
              </dd>
            </div>
            <div>
              <dt>{t('article.licence')}</dt>
              <dd>
                <OrUnknown value={article.licence} />
              </dd>
            </div>
            <div>
              <dt>{t('article.annotatedBy')}</dt>
              <dd>{article.annotatedBy}</dd>
            </div>
          </>
        )}
      </dl>
    </header>
  );
}
