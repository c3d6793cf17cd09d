import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity, Relation } from '../../domain/dataset/datasetSchema.ts';

/**
 * The columns or attributes an imported file gave an item that the format has no field
 * for (a GEXF attribute, a CSV column, an event file's actor codes), as the file gave
 * them: names and values are data, never translated.
 */
export function AttributeList({ item }: { item: Entity | Relation }) {
  const { t } = useTranslation();
  const attributes = Object.entries(item.attributes ?? {});
  if (attributes.length === 0) return null;
  return (
    <>
      <h3>{t('details.attributes', { count: attributes.length })}</h3>
      <dl className="facts attributes">
        {attributes.map(([name, value]) => (
          <Fragment key={name}>
            <dt>
              <bdi>{name}</bdi>
            </dt>
            <dd>
              <bdi>{String(value)}</bdi>
            </dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}
