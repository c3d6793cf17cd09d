import { useTranslation } from 'react-i18next';
import type { DateClaim } from '../../domain/dataset/datasetSchema.ts';
import { describeDate } from '../../domain/dates/describeDate.ts';
import { formatDate } from '../../domain/dates/formatDate.ts';
import { Unknown } from '../../components/Unknown.tsx';

/**
 * A date at the precision the source gives ("April 2031", "3 Mart 2031"), or
 * "unknown" with the source's own words for the time.
 */
export function DateValue({
  claim,
  sourceLanguage,
}: {
  claim: DateClaim | null | undefined;
  sourceLanguage?: string;
}) {
  const { t, i18n } = useTranslation();
  const { date, asStated } = describeDate(claim);
  return (
    <>
      {date === null ? <Unknown /> : <time dateTime={date}>{formatDate(date, i18n.language)}</time>}
      {asStated !== null && (
        <span className="as-stated">
          {' — '}
          {t('details.sourceSays')} “<span lang={sourceLanguage}>{asStated}</span>”
        </span>
      )}
    </>
  );
}
