import { DatasetLoadError } from '../dataset/datasetQueryOptions.ts';
import { formatPath } from '../domain/dataset/validateDataset.ts';

const SHOWN = 50;

/** Why a dataset could not be shown: a readable list of problems, never a stack trace. */
export function DatasetProblems({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const problems = error instanceof DatasetLoadError ? error.problems : [];
  return (
    <main className="dataset-problems">
      <div role="alert">
        <h1>The dataset could not be shown</h1>
        <p>
          {error instanceof DatasetLoadError ? error.message : 'The dataset could not be loaded.'}
        </p>
      </div>
      {problems.length > 0 && (
        <>
          <h2>
            {problems.length} {problems.length === 1 ? 'problem' : 'problems'}
          </h2>
          <ul className="problem-list">
            {problems.slice(0, SHOWN).map((problem, i) => (
              <li key={i}>
                <code>{formatPath(problem.path)}</code>: {problem.message}
              </li>
            ))}
          </ul>
          {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
        </>
      )}
      <p>
        <button type="button" onClick={onRetry}>
          Retry
        </button>{' '}
        <a href={import.meta.env.BASE_URL}>Open the default dataset</a>
      </p>
    </main>
  );
}
