import { useTranslation } from 'react-i18next';
import type { DatasetIndex } from '../../domain/dataset/indexDataset.ts';
import type { EvidenceBrief } from '../../domain/export/evidenceBrief.ts';
import { relationTitle, tieTitle } from '../../i18n/itemTitle.ts';
import { entityName } from '../../domain/relations/relationTitle.ts';
import { pickText } from '../../domain/text/pickText.ts';

interface BriefScopeProps {
  brief: EvidenceBrief;
  index: DatasetIndex;
  language: string;
}

/** What the brief covers, and what it leaves out to stay printable. */
export function BriefScope({ brief, index, language }: BriefScopeProps) {
  const { t } = useTranslation();
  const { scope, items, omitted, omittedEntities } = brief;
  const relations = items.filter((item) => item.type === 'relation').length + omitted;
  let sentence: string;
  let subject: string | null = null;
  if (scope.type === 'relation') {
    sentence = t('export.scopeRelation');
    subject = relationTitle(t, index, scope.relation, language);
  } else if (scope.type === 'tie') {
    sentence = t('export.scopeTie', { count: relations });
    subject = tieTitle(t, index, scope.tie, language);
  } else if (scope.type === 'entity') {
    sentence = t('export.scopeEntity', { count: relations });
    subject = pickText(scope.entity.name, language);
  } else if (scope.type === 'path') {
    sentence = t('export.scopePath', { count: scope.path.hops.length });
    subject = scope.path.entities.map((id) => entityName(index, id, language)).join(' → ');
  } else {
    sentence = t('export.scopeShown', { count: relations });
  }
  return (
    <div className="brief-scope">
      {subject !== null && <p className="brief-subject">{subject}</p>}
      <p>{sentence}</p>
      {omitted > 0 && <p className="brief-note">{t('export.omitted', { count: omitted })}</p>}
      {omittedEntities > 0 && (
        <p className="brief-note">{t('export.omittedEntities', { count: omittedEntities })}</p>
      )}
      {items.length === 0 && <p className="brief-note">{t('export.nothing')}</p>}
    </div>
  );
}
