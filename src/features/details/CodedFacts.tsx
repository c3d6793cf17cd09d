import { useTranslation } from 'react-i18next';
import type { Relation } from '../../domain/dataset/datasetSchema.ts';
import { quadClassOf, QUAD_CLASSES } from '../../domain/relations/quadClass.ts';
import { numberFormat } from '../../domain/text/intlFormats.ts';

/**
 * What an event dataset coded for an imported relation, as it coded it: its own
 * QuadClass beside the app's (when they differ), the Goldstein score, and a note
 * when the two point different ways — the app never picks one silently.
 */
export function CodedFacts({ relation }: { relation: Relation }) {
  const { t, i18n } = useTranslation();
  const coded = relation.coded;
  if (coded === undefined) return null;
  const number = numberFormat(i18n.language);
  const sourceQuad = coded.quadClass === undefined ? undefined : QUAD_CLASSES[coded.quadClass - 1];
  const derived = relation.cameo == null ? null : quadClassOf(relation.cameo);
  const disagree =
    coded.quadClass !== undefined &&
    coded.goldstein !== undefined &&
    coded.goldstein !== 0 &&
    coded.quadClass <= 2 !== coded.goldstein > 0;
  // What the source counts, and only that: ACLED and ICEWS count no mentions or articles.
  const counts =
    coded.counts === undefined
      ? ''
      : (['events', 'mentions', 'sources', 'articles'] as const)
          .filter((part) => coded.counts![part] !== undefined)
          .map((part) => t(`citations.coded.countPart.${part}`, { count: coded.counts![part] }))
          .join(' · ');
  return (
    <section className="coded-facts" aria-labelledby="coded-facts-heading">
      <h3 id="coded-facts-heading">{t('citations.coded.heading')}</h3>
      <dl className="facts">
        {sourceQuad !== undefined && (
          <>
            <dt>{t('citations.coded.quadClass')}</dt>
            <dd>
              {t(`terms.quadClass.${sourceQuad}`)}
              {derived !== null && derived !== sourceQuad && (
                <>
                  {' '}
                  <span className="coded-differs">
                    {t('citations.coded.quadDiffers', {
                      derived: t(`terms.quadClass.${derived}`),
                    })}
                  </span>
                </>
              )}
            </dd>
          </>
        )}
        {coded.goldstein !== undefined && (
          <>
            <dt>{t('citations.coded.goldstein')}</dt>
            <dd>{number.format(coded.goldstein)}</dd>
          </>
        )}
        {coded.counts !== undefined && (
          <>
            <dt>{t('citations.coded.counts')}</dt>
            <dd>{counts}</dd>
          </>
        )}
        {coded.eventType !== undefined && (
          <>
            <dt>{t('citations.coded.eventType')}</dt>
            <dd>
              {coded.subEventType === undefined
                ? coded.eventType
                : `${coded.eventType} › ${coded.subEventType}`}
            </dd>
          </>
        )}
        {coded.fatalities !== undefined && (
          <>
            <dt>{t('citations.coded.fatalities')}</dt>
            <dd>{number.format(coded.fatalities)}</dd>
          </>
        )}
        {coded.location !== undefined && (
          <>
            <dt>{t('citations.coded.location')}</dt>
            <dd>
              {t('citations.coded.locationValue', {
                name: coded.location.name ?? t('unknown'),
                latitude: coded.location.latitude,
                longitude: coded.location.longitude,
              })}
            </dd>
          </>
        )}
      </dl>
      {disagree && <p className="coded-disagree">{t('citations.coded.disagree')}</p>}
    </section>
  );
}
