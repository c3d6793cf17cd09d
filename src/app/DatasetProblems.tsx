import { useTranslation } from 'react-i18next';
import { DatasetLoadError } from '../dataset/datasetQueryOptions.ts';
import { formatPath } from '../domain/dataset/datasetProblem.ts';

const SHOWN = 50;

/**
 * Why a dataset could not be shown: a readable list of problems, never a stack trace.
 * The problems are the checks' own words (those of `npm run data:check`), in English
 * for the dataset's authors; the page around them follows the UI language.
 */
export function DatasetProblems({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const problems = error instanceof DatasetLoadError ? error.problems : [];
  return (
    <main className="dataset-problems">
      <div role="alert">
        <h1>{t('app.problems.title')}</h1>
        <p lang={error instanceof DatasetLoadError ? 'en' : undefined}>
          {error instanceof DatasetLoadError ? error.message : t('app.problems.notLoaded')}
        </p>
      </div>
      {problems.length > 0 && (
        <>
          <h2>{t('app.problems.count', { count: problems.length })}</h2>
          {i18n.language !== 'en' && <p>{t('app.problems.inEnglish')}</p>}
          <ul className="problem-list" lang="en">
            {problems.slice(0, SHOWN).map((problem, i) => (
              <li key={i}>
                <code>{formatPath(problem.path)}</code>: {problem.message}
              </li>
            ))}
          </ul>
          {problems.length > SHOWN && (
            <p>{t('app.problems.more', { count: problems.length - SHOWN })}</p>
          )}
        </>
      )}
      <p>
        <button type="button" onClick={onRetry}>
          {t('app.problems.retry')}
        </button>{' '}
        <a href={import.meta.env.BASE_URL}>{t('app.problems.openDefault')}</a>
      </p>
    </main>
  );
}
