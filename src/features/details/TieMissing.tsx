import { useTranslation } from 'react-i18next';
import { parseTieId } from '../../domain/graph/rollUp.ts';
import { RELATION_KINDS } from '../../domain/relations/relationKinds.ts';
import { useTieTitle } from './useTieTitle.ts';

/** A rolled-up tie a link names that the current filters do not give. */
export function TieMissing({ id }: { id: string }) {
  const { t } = useTranslation();
  const title = useTieTitle();
  const parsed = parseTieId(id);
  if (parsed === null) return null;
  const isSymmetric =
    parsed.kind === 'meeting' || RELATION_KINDS[parsed.kind].direction === 'symmetric';
  const arrows = parsed.isMutual ? 'both' : isSymmetric ? 'none' : 'forward';
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">{t('rollup.details.eyebrow')}</p>
      <h2 id="details-title" tabIndex={-1}>
        {title({ ...parsed, arrows })}
      </h2>
      <p className="not-shown" role="note">
        {t('rollup.details.missing')}
      </p>
    </article>
  );
}
