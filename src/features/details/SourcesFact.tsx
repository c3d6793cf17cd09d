import { useTranslation } from 'react-i18next';
import type { Entity, Relation } from '../../domain/dataset/datasetSchema.ts';
import { sourceCount } from '../../domain/evidence/sourceCount.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';

/**
 * How many independent sources back an item: distinct articles from distinct
 * publishers, with articles of unknown publisher counted apart.
 */
export function SourcesFact({ item }: { item: Entity | Relation }) {
  const { t, i18n } = useTranslation();
  const count = sourceCount(useDatasetIndex(), item);
  const parts = [
    count.publishers > 0 && t('details.publishers', { count: count.publishers }),
    count.unknownPublisher > 0 && t('details.unknownPublisher', { count: count.unknownPublisher }),
  ].filter((part) => part !== false);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (
    <>
      <dt>{t('details.sources')}</dt>
      <dd>
        {t('details.sourcesSummary', {
          articles: t('details.articles', { count: count.articles }),
          parts: list.format(parts),
        })}
        {count.independent <= 1 && (
          <span className="single-source"> {t('details.singleSource')}</span>
        )}
      </dd>
    </>
  );
}
