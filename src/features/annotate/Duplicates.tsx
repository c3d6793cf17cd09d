import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { likelyDuplicates, mergeEntities } from '../../domain/annotation/duplicates.ts';
import type { Dataset } from '../../domain/dataset/datasetSchema.ts';

interface DuplicatesProps {
  dataset: Dataset;
  onEdit: (dataset: Dataset) => void;
}

/**
 * Entities of one kind named alike once case, diacritics and a Turkish suffix are
 * folded: merge one into the other (its excerpts, citations and relations kept, its
 * name kept as an alias), or leave both. One step of Undo.
 */
export function Duplicates({ dataset, onEdit }: DuplicatesProps) {
  const { t } = useTranslation();
  const pairs = useMemo(() => likelyDuplicates(dataset), [dataset]);
  // The last merge, said once it is done (the pair is gone from the list by then).
  const [last, setLast] = useState<{ merged: string; removed: string[] } | null>(null);
  if (pairs.length === 0 && last === null) return null;
  const entity = (id: string) => dataset.entities.find((e) => e.id === id)!;
  const label = (id: string) => t('annotate.duplicates.entity', { name: entity(id).name.en, id });
  const merge = (keep: string, drop: string) => {
    const outcome = mergeEntities(dataset, keep, drop);
    if (outcome === null) return;
    setLast({
      merged: t('annotate.duplicates.merged', { dropped: label(drop), kept: label(keep) }),
      removed: outcome.removedRelations,
    });
    onEdit(outcome.dataset);
  };
  return (
    <section className="annotate-duplicates" aria-labelledby="annotate-duplicates-heading">
      <h2 id="annotate-duplicates-heading">{t('annotate.duplicates.heading')}</h2>
      {pairs.length === 0 && <p>{t('annotate.duplicates.none')}</p>}
      <ul>
        {pairs.map(({ first, second }) => (
          <li key={`${first}|${second}`}>
            <p>
              {label(first)} · {label(second)} ·{' '}
              {t(`terms.entityKind.${entity(first).kind}`, { count: 1 })}
            </p>
            <button type="button" onClick={() => merge(first, second)}>
              {t('annotate.duplicates.keep', { name: entity(first).name.en, id: first })}
            </button>
            <button type="button" onClick={() => merge(second, first)}>
              {t('annotate.duplicates.keep', { name: entity(second).name.en, id: second })}
            </button>
          </li>
        ))}
      </ul>
      {last !== null && (
        <p role="status">
          {last.merged}
          {last.removed.length > 0 &&
            ` ${t('annotate.duplicates.removed', { ids: last.removed.join(', ') })}`}
        </p>
      )}
    </section>
  );
}
