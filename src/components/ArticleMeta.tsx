import type { Article } from '../domain/dataset/datasetSchema.ts';
import { articleTitle } from '../domain/articles/articleTitle.ts';
import { languageName } from '../domain/text/languageName.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { OrUnknown } from './Unknown.tsx';

/** An article's title and what is known of it; "unknown" for each field the source does not give. */
export function ArticleMeta({
  article,
  headingLevel,
}: {
  article: Article;
  headingLevel: 2 | 3 | 4;
}) {
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
      <dl className="meta">
        <dt>Language</dt>
        <dd>
          {languageName(article.language, 'en')} ({article.language})
        </dd>
        <dt>Publisher</dt>
        <dd>
          <OrUnknown value={article.publisher} />
        </dd>
        <dt>Author</dt>
        <dd>
          <OrUnknown value={article.author} />
        </dd>
        <dt>Published</dt>
        <dd>
          <OrUnknown value={article.published} />
        </dd>
        <dt>URL</dt>
        <dd>
          {article.url === null ? (
            <OrUnknown value={null} />
          ) : (
            <ExternalLink href={article.url}>{article.url}</ExternalLink>
          )}
        </dd>
        <dt>Licence</dt>
        <dd>
          <OrUnknown value={article.licence} />
        </dd>
        <dt>Annotated by</dt>
        <dd>{article.annotatedBy}</dd>
      </dl>
    </header>
  );
}
