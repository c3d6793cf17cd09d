import { ENTITY_KIND_LABELS } from '../../domain/dataset/entityKindLabels.ts';
import type { Entity } from '../../domain/dataset/datasetSchema.ts';
import { sourceLanguageOf, tiesOf } from '../../domain/dataset/indexDataset.ts';
import { CAMEO_ROOTS, cameoRootOf } from '../../domain/relations/quadClass.ts';
import { languageName } from '../../domain/text/languageName.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { Badge } from '../../components/Badge.tsx';
import { OrUnknown } from '../../components/Unknown.tsx';
import { DateValue } from './DateValue.tsx';
import { EntityButton } from './EntityButton.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { useEntityMentionCounts } from '../../dataset/useMentions.ts';
import { FocusActions } from './FocusActions.tsx';
import { PinActions } from './PinActions.tsx';
import { RolledTieList } from './RolledTieList.tsx';
import { SourcesFact } from './SourcesFact.tsx';
import { RelationList } from './RelationList.tsx';

/** An entity: what it is, how it is tied to others, and the excerpts behind it. */
export function EntityDetails({ entity }: { entity: Entity }) {
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

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        <Badge tone={entity.kind}>{ENTITY_KIND_LABELS[entity.kind].one}</Badge>
      </p>
      <h2 id="details-title" tabIndex={-1}>
        {shownName}
      </h2>
      <FocusActions entityId={entity.id} />
      <PinActions entityId={entity.id} />
      <dl className="facts">
        <dt>Mentioned in</dt>
        <dd>
          {mentioning} of {index.dataset.articles.length} article
          {index.dataset.articles.length === 1 ? '' : 's'}
          {mentionCount > 0 && ` (${mentionCount} mention${mentionCount === 1 ? '' : 's'})`}
        </dd>
        <SourcesFact item={entity} />
        {otherNames.size > 0 && (
          <>
            <dt>Also called</dt>
            <dd>
              {[...otherNames].map(([name, tags], i) => (
                <span key={name}>
                  {i > 0 && ', '}
                  <span lang={tags[0]}>{name}</span>{' '}
                  <span className="lang-tag">
                    ({tags.map((tag) => languageName(tag, 'en')).join(', ')})
                  </span>
                </span>
              ))}
            </dd>
          </>
        )}
        {entity.kind === 'official' && (
          <>
            <dt>Office</dt>
            <dd>
              {offices.length === 0 ? (
                <OrUnknown value={null} />
              ) : (
                offices.map(({ relation, other }) => (
                  <span key={relation.id} className="office">
                    {relation.role === undefined ? '' : pickText(relation.role, language)} of{' '}
                    <EntityButton entity={other} />
                  </span>
                ))
              )}
            </dd>
          </>
        )}
        {entity.kind === 'bloc' && (
          <>
            <dt>Members</dt>
            <dd>
              {members.length === 0 ? (
                <span className="unknown">not named by the source</span>
              ) : (
                <>
                  {members.map(({ relation, other }) => (
                    <EntityButton key={relation.id} entity={other} />
                  ))}
                  <span className="unknown"> (only those the source names)</span>
                </>
              )}
            </dd>
          </>
        )}
        {entity.kind === 'meeting' && (
          <>
            <dt>Participants</dt>
            <dd>
              {participants.map(({ relation, other }) => (
                <EntityButton key={relation.id} entity={other} />
              ))}
            </dd>
            <dt>Date</dt>
            <dd>
              <DateValue claim={entity.date} sourceLanguage={sourceLanguage} />
            </dd>
            <dt>Place</dt>
            <dd>
              <OrUnknown value={entity.place === null ? null : pickText(entity.place, language)} />
            </dd>
            <dt>Event</dt>
            <dd>
              {entity.cameo === null ? (
                <span className="unknown">not coded</span>
              ) : (
                `CAMEO ${entity.cameo} · ${CAMEO_ROOTS[cameoRootOf(entity.cameo)!]}`
              )}
            </dd>
          </>
        )}
      </dl>
      {entity.note !== undefined && <p className="note">{pickText(entity.note, language)}</p>}
      <RolledTieList entityId={entity.id} />
      <h3>Relations ({relations.length})</h3>
      <RelationList relations={relations} />
      <h3>Evidence ({entity.evidence.length})</h3>
      <EvidenceList evidence={entity.evidence} />
    </article>
  );
}
