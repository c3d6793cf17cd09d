import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../domain/dataset/datasetSchema.ts';
import { relationsOf, sourceLanguageOf } from '../../domain/dataset/indexDataset.ts';
import type { RolledTie } from '../../domain/graph/rollUp.ts';
import { entityName } from '../../domain/relations/relationTitle.ts';
import { isolateBidi } from '../../domain/text/isolateBidi.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { relationTitle } from '../../i18n/itemTitle.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { Badge } from '../../components/Badge.tsx';
import { OrUnknown } from '../../components/Unknown.tsx';
import { DateValue } from './DateValue.tsx';
import { EntityButton } from './EntityButton.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { useTieTitle } from './useTieTitle.ts';

/** One item behind a tie — a meeting, a relation, an office — with its excerpts. */
function Item({
  id,
  title,
  evidence,
  children,
}: {
  id: string;
  title: string;
  evidence: readonly Evidence[];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const select = useViewStore((s) => s.select);
  return (
    <li className="tie-item">
      <h4>
        <button type="button" className="link-button" onClick={() => select(id)}>
          {title}
        </button>
      </h4>
      {children}
      <p className="tie-evidence-count">
        {t('rollup.details.evidence', { count: evidence.length })}
      </p>
      <EvidenceList evidence={evidence} owner={id} />
    </li>
  );
}

/**
 * The drill-down of a rolled-up tie: its ends, the officials and offices it goes
 * through, the named memberships that carry it to a bloc, and every meeting and
 * relation behind it with their excerpts.
 */
export function RolledTieDetails({ tie, isDrawn }: { tie: RolledTie; isDrawn: boolean }) {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const title = useTieTitle();
  const setRollUp = useViewStore((s) => s.setRollUp);
  const { entityById } = index;
  const source = entityById.get(tie.source);
  const target = entityById.get(tie.target);
  const isDirected = tie.arrows === 'forward';
  const relations = relationsOf(index, tie.relations);
  const offices = relationsOf(index, tie.offices);
  const memberships = relationsOf(index, tie.memberships);
  const meetings = tie.meetings.flatMap((id) => {
    const meeting = entityById.get(id);
    return meeting?.kind === 'meeting' ? [meeting] : [];
  });

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        <Badge>{t('rollup.details.eyebrow')}</Badge>{' '}
        <Badge tone={tie.stance}>{t(`terms.stance.${tie.stance}`)}</Badge>
      </p>
      <h2 id="details-title" tabIndex={-1}>
        {title(tie)}
      </h2>
      {tie.source === tie.target && (
        <p className="not-shown" role="note">
          {t('rollup.details.withinOne')}
        </p>
      )}
      {!isDrawn && tie.source !== tie.target && (
        <p className="not-shown" role="note">
          {t('rollup.details.off')}{' '}
          <button type="button" className="small-button" onClick={() => setRollUp(true)}>
            {t('rollup.details.turnOn')}
          </button>
        </p>
      )}
      <dl className="facts">
        <dt>{isDirected ? t('rollup.details.from') : t('rollup.details.between')}</dt>
        <dd>{source !== undefined && <EntityButton entity={source} />}</dd>
        <dt>{isDirected ? t('rollup.details.to') : t('rollup.details.and')}</dt>
        <dd>{target !== undefined && <EntityButton entity={target} />}</dd>
        <dt>{t('rollup.details.counts')}</dt>
        <dd>
          {tie.kind === 'meeting'
            ? t('rollup.label.meetings', { count: tie.count })
            : t('rollup.label.relations', { count: tie.count })}
        </dd>
        {offices.length > 0 && (
          <>
            <dt>{t('rollup.details.officials')}</dt>
            <dd>
              <ul className="tie-through">
                {offices.map((office) => {
                  const official = entityById.get(office.source);
                  return (
                    <li key={office.id}>
                      {official !== undefined && <EntityButton entity={official} />}{' '}
                      {t('rollup.details.office', {
                        office:
                          office.role === undefined
                            ? ''
                            : isolateBidi(pickText(office.role, language)),
                        holder: isolateBidi(entityName(index, office.target, language)),
                      })}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
        {memberships.length > 0 && (
          <>
            <dt>{t('rollup.details.memberships')}</dt>
            <dd>
              <ul className="tie-through">
                {memberships.map((membership) => {
                  const member = entityById.get(membership.source);
                  return (
                    <li key={membership.id}>
                      {member !== undefined && <EntityButton entity={member} />}{' '}
                      {t('rollup.details.member', {
                        bloc: isolateBidi(entityName(index, membership.target, language)),
                      })}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {meetings.length > 0 && (
        <section>
          <h3>{t('rollup.details.meetings', { count: meetings.length })}</h3>
          <ul className="tie-items">
            {meetings.map((meeting) => (
              <Item
                key={meeting.id}
                id={meeting.id}
                title={pickText(meeting.name, language)}
                evidence={meeting.evidence}
              >
                <dl className="facts">
                  <dt>{t('rollup.details.date')}</dt>
                  <dd>
                    <DateValue
                      claim={meeting.date}
                      sourceLanguage={sourceLanguageOf(index, meeting)}
                    />
                  </dd>
                  <dt>{t('rollup.details.place')}</dt>
                  <dd>
                    <OrUnknown
                      value={meeting.place === null ? null : pickText(meeting.place, language)}
                    />
                  </dd>
                </dl>
              </Item>
            ))}
          </ul>
        </section>
      )}
      {[
        {
          heading: t('rollup.details.relations', { count: relations.length }),
          items: relations,
        },
        {
          heading: t('rollup.details.offices', { count: offices.length }),
          items: offices,
        },
        {
          heading: t('rollup.details.membershipEvidence', { count: memberships.length }),
          items: memberships,
        },
      ].map(
        ({ heading, items }) =>
          items.length > 0 && (
            <section key={heading}>
              <h3>{heading}</h3>
              <ul className="tie-items">
                {items.map((relation) => (
                  <Item
                    key={relation.id}
                    id={relation.id}
                    title={relationTitle(t, index, relation, language)}
                    evidence={relation.evidence}
                  />
                ))}
              </ul>
            </section>
          ),
      )}
    </article>
  );
}
