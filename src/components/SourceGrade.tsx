import { useTranslation } from 'react-i18next';
import type { Reliability } from '../domain/dataset/datasetVocabulary.ts';
import { admiraltyGrade } from '../domain/evidence/sourceGrade.ts';

/**
 * An excerpt's Admiralty grade, as analysts write it ("B2") and in words: the
 * article's source reliability and the excerpt's information credibility. Nothing
 * when neither is graded.
 */
export function SourceGrade({
  reliability,
  credibility,
}: {
  reliability: Reliability | undefined;
  credibility: number | undefined;
}) {
  const { t } = useTranslation();
  const grade = admiraltyGrade(reliability, credibility);
  if (grade === null) return null;
  const words = [
    reliability === undefined ? null : t(`terms.reliability.${reliability}`),
    credibility === undefined
      ? null
      : t(`terms.credibility.${String(credibility) as '1' | '2' | '3' | '4' | '5' | '6'}`),
  ]
    .filter((part) => part !== null)
    .join(' · ');
  return <span className="source-grade">{t('details.grade', { grade, words })}</span>;
}
