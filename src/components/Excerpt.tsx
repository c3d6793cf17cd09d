import type { Evidence } from '../domain/dataset/datasetSchema.ts';
import { splitAtQuote } from '../domain/evidence/splitAtQuote.ts';

interface ExcerptProps {
  paragraph: string;
  evidence: Pick<Evidence, 'offset' | 'quote'> | null;
  /** The article's language, so screen readers and hyphenation treat the text right. */
  language: string;
  id?: string;
}

/** A paragraph of an article with the quoted words highlighted, in its original language. */
export function Excerpt({ paragraph, evidence, language, id }: ExcerptProps) {
  const split = evidence === null ? null : splitAtQuote(paragraph, evidence);
  return (
    <p className="excerpt" lang={language} id={id}>
      {split === null ? (
        paragraph
      ) : (
        <>
          {split.before}
          <mark>{split.quote}</mark>
          {split.after}
        </>
      )}
    </p>
  );
}
