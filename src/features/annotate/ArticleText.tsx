import { Fragment, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { snapToWords, wordStops } from '../../domain/annotation/snapToWords.ts';
import { paragraphSegments } from '../../domain/annotation/suggestions.ts';
import type { Article } from '../../domain/dataset/datasetSchema.ts';
import type { Mention } from '../../domain/evidence/findMentions.ts';

/** What the analyst selected: a whole-word span of one paragraph, or words across two. */
export type TextSelection =
  { paragraph: number; start: number; end: number } | { spansParagraphs: true };

interface ArticleTextProps {
  article: Article;
  selection: TextSelection | null;
  onSelect: (selection: TextSelection | null) => void;
  /** Mentions of the draft's entities not yet cited: underlined, and a click selects one. */
  suggestions: readonly Mention[];
  /** The name of an entity, for a suggestion's tooltip. */
  nameOf: (entityId: string) => string;
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
export function ArticleText({
  article,
  selection,
  onSelect,
  suggestions,
  nameOf,
}: ArticleTextProps) {
  const { t } = useTranslation();
  // The keyboard's anchor and caret, in the paragraph that has the focus.
  const [keys, setKeys] = useState<{ paragraph: number; anchor: number; caret: number } | null>(
    null,
  );

  const selectWithMouse = () => {
    const chosen = window.getSelection();
    const at = chosen?.anchorNode ?? null;
    if (chosen === null || at === null) return;
    if (chosen.isCollapsed) {
      // A click on an underlined suggestion selects its words, as if dragged over.
      const underline = (at instanceof Element ? at : at.parentElement)?.closest<HTMLElement>(
        '[data-suggestion]',
      );
      const picked = suggestions[Number(underline?.dataset.suggestion)];
      if (picked !== undefined)
        onSelect({ paragraph: picked.paragraph, start: picked.start, end: picked.end });
      return;
    }
    const from = paragraphOf(at);
    const to = paragraphOf(chosen.focusNode);
    if (from === null || to === null) return;
    if (from !== to) {
      onSelect({ spansParagraphs: true });
      return;
    }
    const n = Number(from.dataset.paragraph);
    const a = offsetIn(from, at, chosen.anchorOffset);
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
      {suggestions.length > 0 && (
        <p className="annotate-hint">{t('annotate.article.underlines')}</p>
      )}
      <div onMouseUp={selectWithMouse}>
        {article.paragraphs.map((text, i) => {
          const n = i + 1;
          const span =
            selection !== null && 'paragraph' in selection && selection.paragraph === n
              ? selection
              : null;
          const here = suggestions.filter((m) => m.paragraph === n);
          return (
            // Focusable so that a keyboard can select in it (see moveByWord).
            <p
              key={n}
              data-paragraph={n}
              tabIndex={0}
              lang={article.language}
              onKeyDown={(event) => moveByWord(event, n)}
            >
              {paragraphSegments(text.length, span, here).map((segment) => {
                const words = text.slice(segment.start, segment.end);
                const shown = segment.selected ? <mark>{words}</mark> : words;
                const m = segment.suggestion;
                return m === null ? (
                  <Fragment key={segment.start}>{shown}</Fragment>
                ) : (
                  <span
                    key={segment.start}
                    className="annotate-suggestion"
                    data-suggestion={suggestions.indexOf(m)}
                    title={t('annotate.suggestions.underline', { name: nameOf(m.entityId) })}
                  >
                    {shown}
                  </span>
                );
              })}
            </p>
          );
        })}
      </div>
    </section>
  );
}
