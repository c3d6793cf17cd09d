import { useEffect, useRef } from 'react';
import { articleTitle } from '../../domain/articles/articleTitle.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';
import { Excerpt } from '../../components/Excerpt.tsx';

/**
 * The whole article of one excerpt of the selection, in a modal dialog, with the
 * excerpt highlighted and scrolled into view. Escape, "Close" or a click beside
 * the dialog returns to the details.
 */
export function ReaderDialog() {
  const index = useDatasetIndex();
  const selected = useViewStore((s) => s.view.selected);
  const reading = useViewStore((s) => s.view.reading);
  const closeReader = useViewStore((s) => s.closeReader);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const owner =
    selected === null
      ? undefined
      : (index.entityById.get(selected) ?? index.relationById.get(selected));
  const excerpt = reading === null ? undefined : owner?.evidence[reading - 1];
  const article = excerpt === undefined ? undefined : index.articleById.get(excerpt.article);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (article === undefined) {
      if (dialog.open) dialog.close();
      return;
    }
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }, [article, excerpt]);

  return (
    <dialog
      ref={dialogRef}
      className="reader"
      aria-labelledby="reader-title"
      onClose={() => {
        if (useViewStore.getState().view.reading !== null) closeReader();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) closeReader();
      }}
    >
      {article !== undefined && excerpt !== undefined && (
        <>
          <div className="reader-bar">
            <h2 id="reader-title">
              Article: <span lang={article.language}>{articleTitle(article).text}</span>
            </h2>
            <button type="button" onClick={closeReader} autoFocus>
              Close
            </button>
          </div>
          <ArticleMeta article={article} headingLevel={3} />
          <div className="reader-text">
            {article.paragraphs.map((paragraph, i) => {
              const number = i + 1;
              const isQuoted = excerpt.paragraph === number;
              return (
                <div
                  key={number}
                  className={isQuoted ? 'reader-paragraph quoted' : 'reader-paragraph'}
                >
                  <span className="paragraph-number">
                    <span className="visually-hidden">Paragraph </span>¶{number}
                  </span>
                  <Excerpt
                    paragraph={paragraph}
                    evidence={isQuoted ? excerpt : null}
                    language={article.language}
                  />
                </div>
              );
            })}
          </div>
        </>
      )}
    </dialog>
  );
}
