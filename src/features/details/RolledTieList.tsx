import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../store/useViewStore.ts';
import { useRolledUp } from '../../store/useVisibleGraph.ts';
import { useTieTitle } from './useTieTitle.ts';

/** With roll-up on, the rolled-up ties at an entity, each selectable to drill into it. */
export function RolledTieList({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const rolled = useRolledUp();
  const select = useViewStore((s) => s.select);
  const title = useTieTitle();
  const ties = (rolled?.ties ?? []).filter(
    (tie) => tie.source === entityId || tie.target === entityId,
  );
  if (ties.length === 0) return null;
  return (
    <>
      <h3>{t('rollup.details.listHeading', { count: ties.length })}</h3>
      <ul className="relation-list">
        {ties.map((tie) => (
          <li key={tie.id}>
            <button type="button" className="link-button" onClick={() => select(tie.id)}>
              {title(tie)}
            </button>{' '}
            <span className="relation-note">
              {tie.kind === 'meeting'
                ? t('rollup.label.meetings', { count: tie.count })
                : t('rollup.label.relations', { count: tie.count })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
