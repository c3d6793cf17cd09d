import { useTranslation } from 'react-i18next';
import type { Article, Evidence } from '../../domain/dataset/datasetSchema.ts';
import type { Mention } from '../../domain/evidence/findMentions.ts';
import { paragraphParts, type ParagraphPart } from '../../domain/evidence/paragraphParts.ts';
import { sentenceRanges } from '../../domain/evidence/sentenceRanges.ts';

interface ReaderParagraphProps {
  article: Article;
  number: number;
  mentions: readonly Mention[];
  excerpt: Pick<Evidence, 'offset' | 'quote'> | null;
  /** The sentence chosen, as [start, end), if it is in this paragraph. */
  chosenSentence: readonly [number, number] | null;
  entityName: (id: string) => string;
  onMention: (entityId: string) => void;
  onSentence: (start: number, end: number) => void;
}

/** Consecutive parts of the same mention, so each mention becomes one button. */
function groupByMention(parts: readonly ParagraphPart[]) {
  const groups: { start: number; mention: Mention | null; parts: ParagraphPart[] }[] = [];
  for (const part of parts) {
    const last = groups.at(-1);
    if (last !== undefined && part.mention !== null && last.mention === part.mention)
      last.parts.push(part);
    else groups.push({ start: part.start, mention: part.mention, parts: [part] });
  }
  return groups;
}

/**
 * One paragraph of the reader: mentions of entities are buttons that select them,
 * the excerpt is highlighted, and a click on a sentence shows what it is evidence for.
 */
export function ReaderParagraph(props: ReaderParagraphProps) {
  const { t } = useTranslation();
  const { article, number, mentions, excerpt, chosenSentence, entityName, onMention, onSentence } =
    props;
  const text = article.paragraphs[number - 1] ?? '';
  const highlight: [number, number] | null =
    excerpt === null ? null : [excerpt.offset, excerpt.offset + excerpt.quote.length];
  const sentences = paragraphParts(
    text.length,
    sentenceRanges(text, article.language),
    mentions,
    highlight,
  );

  return (
    <p className="excerpt" lang={article.language}>
      {sentences.map((sentence) => {
        const isChosen = chosenSentence?.[0] === sentence.start;
        return (
          <span
            key={sentence.start}
            className={isChosen ? 'sentence chosen' : 'sentence'}
            title={t('reader.sentenceHint')}
            tabIndex={0}
            onClick={(event) => {
              if ((event.target as HTMLElement).closest('button') === null)
                onSentence(sentence.start, sentence.end);
            }}
            onKeyDown={(event) => {
              if (
                event.target === event.currentTarget &&
                (event.key === 'Enter' || event.key === ' ')
              ) {
                event.preventDefault();
                onSentence(sentence.start, sentence.end);
              }
            }}
          >
            {groupByMention(sentence.parts).map((group) => {
              const render = (part: ParagraphPart) => {
                const words = text.slice(part.start, part.end);
                return part.isHighlighted ? <mark key={part.start}>{words}</mark> : words;
              };
              if (group.mention === null)
                return <span key={group.start}>{group.parts.map(render)}</span>;
              // One button per mention, whatever highlight runs through it.
              const { entityId, start, end } = group.mention;
              return (
                <button
                  key={group.start}
                  type="button"
                  className="mention"
                  aria-label={t('reader.mention', {
                    words: text.slice(start, end),
                    name: entityName(entityId),
                  })}
                  onClick={() => onMention(entityId)}
                >
                  {group.parts.map(render)}
                </button>
              );
            })}
          </span>
        );
      })}
    </p>
  );
}
