import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleTitle } from '../../domain/articles/articleTitle.ts';
import { evidenceAt } from '../../domain/evidence/evidenceAt.ts';
import { isolateBidi } from '../../domain/text/isolateBidi.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useArticleMentions } from '../../dataset/useMentions.ts';
import { itemTitle } from '../../i18n/itemTitle.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';
import { ReaderParagraph } from './ReaderParagraph.tsx';

interface ChosenSentence {
  articleId: string;
  paragraph: number;
  start: number;
  end: number;
}

/**
 * The whole article of one excerpt of the selection, in a modal dialog, with the
 * excerpt highlighted and scrolled into view. Names are buttons that select their
 * entity; a click on a sentence shows, here and in the graph, what it is evidence
 * for. Escape, "Close" or a click beside the dialog returns to the details.
 */
export function ReaderDialog() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const selected = useViewStore((s) => s.view.selected);
  const reading = useViewStore((s) => s.view.reading);
  const { closeReader, select, setEvidenceHighlight } = useViewStore.getState();
  const [sentence, setSentence] = useState<ChosenSentence | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const owner =
    selected === null
      ? undefined
      : (index.entityById.get(selected) ?? index.relationById.get(selected));
  const excerpt = reading === null ? undefined : owner?.evidence[reading - 1];
  const article = excerpt === undefined ? undefined : index.articleById.get(excerpt.article);
  const mentions = useArticleMentions(article?.id);
  const chosen = sentence !== null && sentence.articleId === article?.id ? sentence : null;

  // Parallel relations share a title; their notes tell them apart.
  const titleOf = (id: string) => {
    const note = index.relationById.get(id)?.note;
    return `${itemTitle(t, index, id, language)}${note === undefined ? '' : ` (${isolateBidi(pickText(note, language))})`}`;
  };
  const backed =
    chosen === null
      ? []
      : evidenceAt(index, chosen.articleId, chosen.paragraph, chosen.start, chosen.end);

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
              {t('reader.article')} <bdi lang={article.language}>{articleTitle(article).text}</bdi>
            </h2>
            <button type="button" onClick={closeReader} autoFocus>
              {t('reader.close')}
            </button>
          </div>
          <ArticleMeta article={article} headingLevel={3} />
          <p className="reader-hint">{t('reader.hint')}</p>
          {chosen !== null && (
            <div className="sentence-backs" role="status">
              {backed.length === 0 ? (
                t('reader.noBacking')
              ) : (
                <>
                  {t('reader.backsBefore')}{' '}
                  {backed.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <button type="button" className="link-button" onClick={() => select(id)}>
                        {titleOf(id)}
                      </button>
                    </span>
                  ))}
                  {t('reader.backsAfter')}
                </>
              )}
            </div>
          )}
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
                    <span className="visually-hidden">{t('reader.paragraph')} </span>
                    {t('reader.paragraphMark', { number })}
                  </span>
                  <ReaderParagraph
                    article={article}
                    number={number}
                    mentions={mentions.filter((m) => m.paragraph === number)}
                    excerpt={isQuoted ? excerpt : null}
                    chosenSentence={
                      chosen?.paragraph === number ? [chosen.start, chosen.end] : null
                    }
                    entityName={titleOf}
                    onMention={select}
                    onSentence={(start, end) => {
                      setSentence({ articleId: article.id, paragraph: number, start, end });
                      setEvidenceHighlight({
                        ids: evidenceAt(index, article.id, number, start, end),
                        sentence: paragraph.slice(start, end),
                      });
                    }}
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
