import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { snapToWords, wordStops } from '../../domain/annotation/snapToWords.ts';
import type { Article } from '../../domain/dataset/datasetSchema.ts';

/** What the analyst selected: a whole-word span of one paragraph, or words across two. */
export type TextSelection =
  { paragraph: number; start: number; end: number } | { spansParagraphs: true };

interface ArticleTextProps {
  article: Article;
  selection: TextSelection | null;
  onSelect: (selection: TextSelection | null) => void;
}

/** The number of UTF-16 code units of a paragraph's text before a point in it. */
function offsetIn(paragraph: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

function paragraphOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-paragraph]') ?? null;
}

/**
 * The article, paragraph by paragraph. Select words with the mouse, or with the
 * keyboard: Alt+arrows move a caret word by word, Shift+Alt+arrows extend the
 * selection. Either way the selection snaps to whole words of the stored paragraph.
 */
export function ArticleText({ article, selection, onSelect }: ArticleTextProps) {
  const { t } = useTranslation();
  // The keyboard's anchor and caret, in the paragraph that has the focus.
  const [keys, setKeys] = useState<{ paragraph: number; anchor: number; caret: number } | null>(
    null,
  );

  const selectWithMouse = () => {
    const chosen = window.getSelection();
    if (chosen === null || chosen.isCollapsed || chosen.anchorNode === null) return;
    const from = paragraphOf(chosen.anchorNode);
    const to = paragraphOf(chosen.focusNode);
    if (from === null || to === null) return;
    if (from !== to) {
      onSelect({ spansParagraphs: true });
      return;
    }
    const n = Number(from.dataset.paragraph);
    const a = offsetIn(from, chosen.anchorNode, chosen.anchorOffset);
    const b = offsetIn(from, chosen.focusNode!, chosen.focusOffset);
    const span = snapToWords(article.paragraphs[n - 1] ?? '', a, b);
    chosen.removeAllRanges();
    onSelect(span === null ? null : { paragraph: n, ...span });
  };

  const moveByWord = (event: KeyboardEvent, n: number) => {
    if (!event.altKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    event.preventDefault();
    const text = article.paragraphs[n - 1] ?? '';
    const stops = wordStops(text);
    const current = keys?.paragraph === n ? keys : { paragraph: n, anchor: 0, caret: 0 };
    const caret =
      event.key === 'ArrowRight'
        ? (stops.find((s) => s > current.caret) ?? text.length)
        : (stops.findLast((s) => s < current.caret) ?? 0);
    const anchor = event.shiftKey ? current.anchor : caret;
    setKeys({ paragraph: n, anchor, caret });
    const span = anchor === caret ? null : snapToWords(text, anchor, caret);
    onSelect(span === null ? null : { paragraph: n, ...span });
  };

  return (
    <section className="annotate-article" aria-label={t('annotate.article.paragraphs')}>
      <p className="annotate-hint">{t('annotate.article.keyboard')}</p>
      <div onMouseUp={selectWithMouse}>
        {article.paragraphs.map((text, i) => {
          const n = i + 1;
          const marked =
            selection !== null && 'paragraph' in selection && selection.paragraph === n;
          return (
            // Focusable so that a keyboard can select in it (see moveByWord).
            <p
              key={n}
              data-paragraph={n}
              tabIndex={0}
              lang={article.language}
              onKeyDown={(event) => moveByWord(event, n)}
            >
              {marked ? (
                <>
                  {text.slice(0, selection.start)}
                  <mark>{text.slice(selection.start, selection.end)}</mark>
                  {text.slice(selection.end)}
                </>
              ) : (
                text
              )}
            </p>
          );
        })}
      </div>
    </section>
  );
}
