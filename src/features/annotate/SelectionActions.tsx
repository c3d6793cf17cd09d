import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bareName } from '../../domain/annotation/bareName.ts';
import {
  addEntity,
  addEvidence,
  addRelation,
  excerptOf,
  type EditResult,
} from '../../domain/annotation/draftEdits.ts';
import {
  ENTITY_KINDS,
  MODALITIES,
  type Article,
  type Dataset,
  type EntityKind,
  type Modality,
} from '../../domain/dataset/datasetSchema.ts';
import { findMentions } from '../../domain/evidence/findMentions.ts';
import {
  RELATION_KIND_IDS,
  RELATION_KINDS,
  type RelationKind,
} from '../../domain/relations/relationKinds.ts';
import type { TextSelection } from './ArticleText.tsx';

type Action = 'entity' | 'evidence' | 'relation';

interface SelectionActionsProps {
  dataset: Dataset;
  article: Article;
  selection: TextSelection | null;
  onEdit: (dataset: Dataset, id: string) => void;
}

/** What can be made of the selected words: an entity, evidence for an item, a relation. */
export function SelectionActions({ dataset, article, selection, onEdit }: SelectionActionsProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [kind, setKind] = useState<EntityKind>('state');
  const [nameEn, setNameEn] = useState('');
  const [nameOriginal, setNameOriginal] = useState('');
  const [aliases, setAliases] = useState('');
  const [item, setItem] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [relationKind, setRelationKind] = useState<RelationKind>('cooperates-with');
  const [role, setRole] = useState('');
  const [modality, setModality] = useState<Modality>('stated');
  const [cue, setCue] = useState('');
  const [gloss, setGloss] = useState('');
  const [credibility, setCredibility] = useState('');

  if (selection === null) return <p className="annotate-hint">{t('annotate.selection.none')}</p>;
  if (!('paragraph' in selection))
    return <p role="alert">{t('annotate.refused.spans-paragraphs')}</p>;
  const quote = article.paragraphs[selection.paragraph - 1]!.slice(selection.start, selection.end);
  const name = (id: string) => {
    const found = [...dataset.entities, ...dataset.relations].find((x) => x.id === id);
    return found === undefined ? id : 'name' in found ? found.name.en : found.id;
  };
  // The selected words name an entity already in the draft: offer evidence, not a duplicate.
  const named = findMentions({ paragraphs: [quote] }, dataset.entities).find(
    (m) => m.start === 0 && m.end === quote.length,
  );

  const choose = (next: Action) => {
    setAction(next);
    setProblem(null);
    if (next === 'entity') {
      setNameEn(bareName(quote));
      setNameOriginal(bareName(quote));
    }
    if (next === 'evidence') setItem(named?.entityId ?? dataset.entities[0]?.id ?? '');
    if (next === 'relation') {
      setFrom(dataset.entities[0]?.id ?? '');
      setTo(dataset.entities[1]?.id ?? '');
    }
  };

  const submit = () => {
    const excerpt = excerptOf(
      dataset,
      {
        article: article.id,
        start: { paragraph: selection.paragraph, offset: selection.start },
        end: { paragraph: selection.paragraph, offset: selection.end },
      },
      {
        modality: action === 'relation' ? modality : 'stated',
        ...(action === 'relation' && modality === 'hedged' ? { cue } : {}),
        ...(gloss.trim() === '' ? {} : { gloss: { en: gloss.trim() } }),
        ...(credibility === '' ? {} : { credibility: Number(credibility) }),
      },
    );
    if (!excerpt.ok) {
      setProblem(t(`annotate.refused.${excerpt.reason}`));
      return;
    }
    let result: EditResult;
    if (action === 'entity') {
      const names: Record<string, string> = { en: nameEn.trim() || quote };
      if (article.language !== 'en' && nameOriginal.trim() !== '')
        names[article.language] = nameOriginal.trim();
      const list = aliases
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== '');
      result = addEntity(
        dataset,
        {
          kind,
          name: names as { en: string },
          ...(list.length > 0 ? { aliases: { [article.language]: list } } : {}),
        },
        excerpt.evidence,
      );
    } else if (action === 'evidence') {
      result = addEvidence(dataset, item, excerpt.evidence);
    } else {
      result = addRelation(
        dataset,
        {
          kind: relationKind,
          source: from,
          target: to,
          ...(role.trim() ? { role: { en: role.trim() } } : {}),
        },
        excerpt.evidence,
      );
    }
    if (!result.ok) {
      setProblem(t(`annotate.refused.${result.reason}`));
      return;
    }
    setAction(null);
    setGloss('');
    setCue('');
    onEdit(result.dataset, result.id);
  };

  const entityOptions = dataset.entities.map((e) => (
    <option key={e.id} value={e.id}>
      {e.name.en} ({t(`terms.entityKind.${e.kind}`, { count: 1 })})
    </option>
  ));

  return (
    <section className="annotate-selection" aria-labelledby="annotate-selection-heading">
      <h2 id="annotate-selection-heading">{t('annotate.selection.heading')}</h2>
      <p lang={article.language}>{t('annotate.selection.quote', { quote })}</p>
      {named !== undefined && action === null && (
        <p>{t('annotate.selection.matches', { name: name(named.entityId) })} </p>
      )}
      <div className="annotate-row">
        <button type="button" aria-pressed={action === 'entity'} onClick={() => choose('entity')}>
          {t('annotate.selection.entity')}
        </button>
        <button
          type="button"
          aria-pressed={action === 'evidence'}
          onClick={() => choose('evidence')}
        >
          {t('annotate.selection.evidence')}
        </button>
        <button
          type="button"
          aria-pressed={action === 'relation'}
          onClick={() => choose('relation')}
        >
          {t('annotate.selection.relation')}
        </button>
      </div>
      {action !== null && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          {action === 'entity' && (
            <>
              <label>
                {t('annotate.form.nameEn')}
                <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
              </label>
              {article.language !== 'en' && (
                <label>
                  {t('annotate.form.nameOriginal', { language: article.language })}
                  <input value={nameOriginal} onChange={(e) => setNameOriginal(e.target.value)} />
                </label>
              )}
              <label>
                {t('annotate.form.kind')}
                <select value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
                  {ENTITY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`terms.entityKind.${k}`, { count: 1 })}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('annotate.form.aliases')}
                <input value={aliases} onChange={(e) => setAliases(e.target.value)} />
              </label>
            </>
          )}
          {action === 'evidence' && (
            <label>
              {t('annotate.form.item')}
              <select value={item} onChange={(e) => setItem(e.target.value)}>
                {entityOptions}
                {dataset.relations.map((r) => (
                  <option key={r.id} value={r.id}>
                    {name(r.source)} {t(`terms.relationKind.${r.kind}`)} {name(r.target)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {action === 'relation' && (
            <>
              <label>
                {t('annotate.form.from')}
                <select value={from} onChange={(e) => setFrom(e.target.value)}>
                  {entityOptions}
                </select>
              </label>
              <label>
                {t('annotate.form.relationKind')}
                <select
                  value={relationKind}
                  onChange={(e) => setRelationKind(e.target.value as RelationKind)}
                >
                  {RELATION_KIND_IDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`terms.relationKind.${k}`)} —{' '}
                      {t(`terms.stance.${RELATION_KINDS[k].defaultStance}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('annotate.form.to')}
                <select value={to} onChange={(e) => setTo(e.target.value)}>
                  {entityOptions}
                </select>
              </label>
              {relationKind === 'holds-office' && (
                <label>
                  {t('annotate.form.role')}
                  <input value={role} onChange={(e) => setRole(e.target.value)} />
                </label>
              )}
              <fieldset>
                <legend>{t('annotate.form.modality')}</legend>
                {MODALITIES.map((m) => (
                  <label key={m}>
                    <input
                      type="radio"
                      name="modality"
                      checked={modality === m}
                      onChange={() => setModality(m)}
                    />
                    {t(`annotate.form.${m}`)}
                  </label>
                ))}
              </fieldset>
              {modality === 'hedged' && (
                <label>
                  {t('annotate.form.cue')}
                  <input value={cue} onChange={(e) => setCue(e.target.value)} />
                </label>
              )}
            </>
          )}
          <label>
            {t('annotate.form.gloss')}
            <input value={gloss} onChange={(e) => setGloss(e.target.value)} />
          </label>
          <label>
            {t('annotate.form.credibility')}
            <select value={credibility} onChange={(e) => setCredibility(e.target.value)}>
              <option value="">{t('annotate.form.credibilityNone')}</option>
              {(['1', '2', '3', '4', '5', '6'] as const).map((grade) => (
                <option key={grade} value={grade}>
                  {t(`terms.credibility.${grade}`)}
                </option>
              ))}
            </select>
          </label>
          {problem !== null && <p role="alert">{problem}</p>}
          <button type="submit">{t('annotate.form.add')}</button>
        </form>
      )}
    </section>
  );
}
