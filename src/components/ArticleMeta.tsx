import type { Article } from '../domain/dataset/datasetSchema.ts';
import { articleTitle } from '../domain/articles/articleTitle.ts';
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
  const title = articleTitle(article);
  const Heading = `h${headingLevel}` as const;
  return (
    <header className="article-meta">
      <Heading className="article-title">
        {title.isUntitled ? (
          <>
            <span className="untitled">Untitled</span>: “
            <span lang={article.language}>{title.text}</span>”
          </>
        ) : (
          <span lang={article.language}>{title.text}</span>
        )}
      </Heading>
      <dl className={compact ? 'meta compact' : 'meta'}>
        <div>
          <dt>Language</dt>
          <dd>
            {languageName(article.language, 'en')} ({article.language})
          </dd>
        </div>
        <div>
          <dt>Publisher</dt>
          <dd>
            <OrUnknown value={article.publisher} />
          </dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>
            <OrUnknown value={article.published} />
          </dd>
        </div>
        <div>
          <dt>URL</dt>
          <dd>
            {article.url === null ? (
              <OrUnknown value={null} />
            ) : (
              <ExternalLink href={article.url}>{article.url}</ExternalLink>
            )}
          </dd>
        </div>
        {!compact && (
          <>
            <div>
              <dt>Author</dt>
              <dd>
                <OrUnknown value={article.author} />
              </dd>
            </div>
            <div>
              <dt>Licence</dt>
              <dd>
                <OrUnknown value={article.licence} />
              </dd>
            </div>
            <div>
              <dt>Annotated by</dt>
              <dd>{article.annotatedBy}</dd>
            </div>
          </>
        )}
      </dl>
    </header>
  );
}
