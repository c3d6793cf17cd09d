import type { Article, Evidence } from '../../domain/dataset/datasetSchema.ts';
import type { Mention } from '../../domain/evidence/findMentions.ts';
import { paragraphParts } from '../../domain/evidence/paragraphParts.ts';
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

/**
 * One paragraph of the reader: mentions of entities are buttons that select them,
 * the excerpt is highlighted, and a click on a sentence shows what it is evidence for.
 */
export function ReaderParagraph(props: ReaderParagraphProps) {
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
            title="Click, or press Enter, to see what this sentence is evidence for"
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
            {sentence.parts.map((part) => {
              const words = text.slice(part.start, part.end);
              const content = part.isHighlighted ? <mark>{words}</mark> : words;
              if (part.mention === null) return <span key={part.start}>{content}</span>;
              const { entityId } = part.mention;
              return (
                <button
                  key={part.start}
                  type="button"
                  className="mention"
                  aria-label={`${words} (select ${entityName(entityId)})`}
                  onClick={() => onMention(entityId)}
                >
                  {content}
                </button>
              );
            })}
          </span>
        );
      })}
    </p>
  );
}
