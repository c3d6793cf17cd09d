import type { DateClaim } from '../../domain/dataset/datasetSchema.ts';
import { describeDate } from '../../domain/dates/describeDate.ts';
import { Unknown } from '../../components/Unknown.tsx';

/** A date with its precision, or "unknown" with the source's own words for the time. */
export function DateValue({
  claim,
  sourceLanguage,
}: {
  claim: DateClaim | null | undefined;
  sourceLanguage?: string;
}) {
  const { date, precision, asStated } = describeDate(claim);
  return (
    <>
      {date === null ? <Unknown /> : <time dateTime={date}>{date}</time>}
      {precision !== null && precision !== 'day' && (
        <span className="lang-tag"> (to the {precision})</span>
      )}
      {asStated !== null && (
        <span className="as-stated">
          {' '}
          — the source says “<span lang={sourceLanguage}>{asStated}</span>”
        </span>
      )}
    </>
  );
}
