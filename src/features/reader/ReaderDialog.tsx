import { useEffect, useRef } from 'react';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';
import { Excerpt } from '../../components/Excerpt.tsx';

/**
 * The whole article in a modal dialog, with the chosen excerpt highlighted and
 * scrolled into view. Escape or "Close" returns to the details.
 */
export function ReaderDialog() {
  const { articleById } = useDatasetIndex();
  const reading = useViewStore((s) => s.reading);
  const closeReader = useViewStore((s) => s.closeReader);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const article = reading === null ? undefined : articleById.get(reading.articleId);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (article === undefined) {
      if (dialog.open) dialog.close();
      return;
    }
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }, [article, reading]);

  return (
    <dialog ref={dialogRef} className="reader" aria-labelledby="reader-title" onClose={closeReader}>
      {article !== undefined && reading !== null && (
        <>
          <div className="reader-bar">
            <h2 id="reader-title">Article</h2>
            <button type="button" onClick={closeReader} autoFocus>
              Close
            </button>
          </div>
          <ArticleMeta article={article} headingLevel={3} />
          <div className="reader-text">
            {article.paragraphs.map((paragraph, i) => {
              const number = i + 1;
              const isQuoted = reading.excerpt?.paragraph === number;
              return (
                <div
                  key={number}
                  className={isQuoted ? 'reader-paragraph quoted' : 'reader-paragraph'}
                >
                  <span className="paragraph-number" aria-label={`Paragraph ${number}`}>
                    ¶{number}
                  </span>
                  <Excerpt
                    paragraph={paragraph}
                    evidence={isQuoted ? reading.excerpt : null}
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
