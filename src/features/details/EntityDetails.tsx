import { Trans, useTranslation } from 'react-i18next';
import type { Entity } from '../../domain/dataset/datasetSchema.ts';
import { sourceLanguageOf, tiesOf } from '../../domain/dataset/indexDataset.ts';
import { cameoRootOf } from '../../domain/relations/quadClass.ts';
import { languageName } from '../../domain/text/languageName.ts';
import { pickedLanguage, pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { Badge } from '../../components/Badge.tsx';
import { OrUnknown } from '../../components/Unknown.tsx';
import { AttributeList } from './AttributeList.tsx';
import { DateValue } from './DateValue.tsx';
import { EntityButton } from './EntityButton.tsx';
import { CitationList } from './CitationList.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { useEntityMentionCounts } from '../../dataset/useMentions.ts';
import { FocusActions } from './FocusActions.tsx';
import { PinActions } from './PinActions.tsx';
import { RolledTieList } from './RolledTieList.tsx';
import { SourcesFact } from './SourcesFact.tsx';
import { RelationList } from './RelationList.tsx';

/** An entity: what it is, how it is tied to others, and the excerpts behind it. */
export function EntityDetails({ entity }: { entity: Entity }) {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const shownName = pickText(entity.name, language);
  // Each other name once, with every language that uses it: "Lavrov (English, Turkish)".
  const otherNames = new Map<string, string[]>();
  const addName = (name: string, tag: string) => {
    if (name !== shownName) otherNames.set(name, [...(otherNames.get(name) ?? []), tag]);
  };
  for (const [tag, name] of Object.entries(entity.name)) addName(name, tag);
  for (const [tag, names] of Object.entries(entity.aliases ?? {})) {
    for (const name of names) addName(name, tag);
  }
  const offices =
    entity.kind === 'official' ? tiesOf(index, entity.id, 'holds-office', 'outgoing') : [];
  const members = entity.kind === 'bloc' ? tiesOf(index, entity.id, 'member-of', 'incoming') : [];
  const participants =
    entity.kind === 'meeting' ? tiesOf(index, entity.id, 'takes-part-in', 'incoming') : [];
  const relations = index.relationsByEntity.get(entity.id) ?? [];
  const mentions = useEntityMentionCounts(entity.id);
  const mentioning = mentions.size;
  const mentionCount = [...mentions.values()].reduce((sum, n) => sum + n, 0);
  const sourceLanguage = sourceLanguageOf(index, entity);
  const cameoRoot =
    entity.kind === 'meeting' && entity.cameo !== null ? cameoRootOf(entity.cameo) : null;

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        <Badge tone={entity.kind}>{t(`terms.entityKind.${entity.kind}`, { count: 1 })}</Badge>
      </p>
      <h2 id="details-title" tabIndex={-1}>
        {shownName}
      </h2>
      <FocusActions entityId={entity.id} />
      <PinActions entityId={entity.id} />
      <dl className="facts">
        <dt>{t('details.mentionedIn')}</dt>
        <dd>
          {t('details.mentioning', { mentioning, count: index.dataset.articles.length })}
          {mentionCount > 0 && ` ${t('details.mentions', { count: mentionCount })}`}
        </dd>
        <SourcesFact item={entity} />
        {otherNames.size > 0 && (
          <>
            <dt>{t('details.alsoCalled')}</dt>
            <dd>
              {[...otherNames].map(([name, tags], i) => (
                <span key={name}>
                  {i > 0 && ', '}
                  <bdi lang={tags[0]}>{name}</bdi>{' '}
                  <span className="lang-tag">
                    ({tags.map((tag) => languageName(tag, language)).join(', ')})
                  </span>
                </span>
              ))}
            </dd>
          </>
        )}
        {entity.kind === 'official' && (
          <>
            <dt>{t('details.office')}</dt>
            <dd>
              {offices.length === 0 ? (
                <OrUnknown value={null} />
              ) : (
                offices.map(({ relation, other }) => (
                  <span key={relation.id} className="office">
                    {relation.role === undefined ? (
                      <Trans
                        i18nKey="details.officeIn"
                        components={{ entity: <EntityButton entity={other} /> }}
                      />
                    ) : (
                      <Trans
                        i18nKey="details.officeOf"
                        values={{ role: pickText(relation.role, language) }}
                        components={{ entity: <EntityButton entity={other} />, role: <bdi /> }}
                      />
                    )}
                  </span>
                ))
              )}
            </dd>
          </>
        )}
        {entity.kind === 'bloc' && (
          <>
            <dt>{t('details.members')}</dt>
            <dd>
              {members.length === 0 ? (
                <span className="unknown">{t('details.membersNotNamed')}</span>
              ) : (
                <>
                  {members.map(({ relation, other }) => (
                    <EntityButton key={relation.id} entity={other} />
                  ))}
                  <span className="unknown"> {t('details.membersNamedOnly')}</span>
                </>
              )}
            </dd>
          </>
        )}
        {entity.kind === 'meeting' && (
          <>
            <dt>{t('details.participants')}</dt>
            <dd>
              {participants.map(({ relation, other }) => (
                <EntityButton key={relation.id} entity={other} />
              ))}
            </dd>
            <dt>{t('details.date')}</dt>
            <dd>
              <DateValue claim={entity.date} sourceLanguage={sourceLanguage} />
            </dd>
            <dt>{t('details.place')}</dt>
            <dd>
              <OrUnknown value={entity.place === null ? null : pickText(entity.place, language)} />
            </dd>
            <dt>{t('details.event')}</dt>
            <dd>
              {entity.cameo === null || cameoRoot === null ? (
                <span className="unknown">{t('details.notCoded')}</span>
              ) : (
                `${t('details.cameo')} ${t('details.cameoCode', { code: entity.cameo, root: t(`terms.cameo.${cameoRoot}`) })}`
              )}
            </dd>
          </>
        )}
      </dl>
      {entity.note !== undefined && (
        <p className="note" lang={pickedLanguage(entity.note, language)}>
          {pickText(entity.note, language)}
        </p>
      )}
      <AttributeList item={entity} />
      <RolledTieList entityId={entity.id} />
      <h3>{t('details.relations', { count: relations.length })}</h3>
      <RelationList relations={relations} />
      {(entity.evidence.length > 0 || (entity.citations?.length ?? 0) === 0) && (
        <>
          <h3>{t('details.evidence', { count: entity.evidence.length })}</h3>
          <EvidenceList evidence={entity.evidence} />
        </>
      )}
      {entity.citations !== undefined && entity.citations.length > 0 && (
        <>
          <h3>{t('citations.heading', { count: entity.citations.length })}</h3>
          {entity.evidence.length === 0 && <p className="only-cited">{t('citations.onlyCited')}</p>}
          <CitationList citations={entity.citations} />
        </>
      )}
    </article>
  );
}
