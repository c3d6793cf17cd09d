import { useTranslation } from 'react-i18next';
import type { GraphImportResult } from '../../domain/import/graphFiles/graphFileDataset.ts';

const SHOWN_ROWS = 5;
const SHOWN_PROBLEMS = 50;

/** What an import would make: counts, the first items with the row each cites, and every problem by row. */
export function ImportPreview({ result }: { result: GraphImportResult }) {
  const { t } = useTranslation();
  const { dataset, report } = result;
  const names = new Map(dataset?.entities.map((entity) => [entity.id, entity.name.en]));
  // The report lists the first problems; its tally counts every row left out.
  const problemCount = Math.max(
    report.problems.length,
    report.leftOut.reduce((sum, entry) => sum + entry.count, 0) +
      report.problems.filter((problem) => problem.row === null).length,
  );
  // Problems name their file when the import read more than one (GDELT events and mentions).
  const severalFiles = new Set(report.problems.map((problem) => problem.file)).size > 1;
  const rowOf = (item: { citations?: { source: { row?: number | undefined } }[] | undefined }) =>
    item.citations?.[0]?.source.row;
  return (
    <div className="import-preview">
      <p role="status">
        {t('import.summary', {
          rowsRead: report.rowsRead,
          rowsImported: report.rowsImported,
          ...report.made,
        })}
      </p>
      {dataset === null && <p className="import-refused">{t('import.refused')}</p>}
      {dataset !== null && dataset.entities.length > 0 && (
        <>
          <h3>{t('import.firstEntities')}</h3>
          <ul>
            {dataset.entities.slice(0, SHOWN_ROWS).map((entity) => (
              <li key={entity.id}>
                <bdi>{entity.name.en}</bdi> · {t(`terms.entityKind.${entity.kind}`, { count: 1 })} ·{' '}
                {t('import.citedRow', { row: rowOf(entity) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {dataset !== null && dataset.relations.length > 0 && (
        <>
          <h3>{t('import.firstRelations')}</h3>
          <ul>
            {dataset.relations.slice(0, SHOWN_ROWS).map((relation) => (
              <li key={relation.id}>
                <bdi>{names.get(relation.source)}</bdi> → {t(`terms.relationKind.${relation.kind}`)}{' '}
                → <bdi>{names.get(relation.target)}</bdi> ·{' '}
                {t('import.citedRow', { row: rowOf(relation) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {problemCount > 0 && (
        <>
          <h3>{t('import.problems', { count: problemCount })}</h3>
          <ul className="import-problems">
            {report.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
              <li key={i}>
                {problem.row === null
                  ? t('import.problemFile', { message: problem.message })
                  : severalFiles
                    ? t('import.problemRowIn', { ...problem, row: problem.row })
                    : t('import.problemRow', { row: problem.row, message: problem.message })}
              </li>
            ))}
          </ul>
          {problemCount > SHOWN_PROBLEMS && (
            <p>{t('import.moreProblems', { count: problemCount - SHOWN_PROBLEMS })}</p>
          )}
        </>
      )}
      {report.notes.length > 0 && (
        <>
          <h3>{t('import.notes')}</h3>
          <ul>
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
