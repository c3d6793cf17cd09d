import { DatasetLoadError } from '../../dataset/datasetQueryOptions.ts';
import { formatPath } from '../../domain/dataset/datasetProblem.ts';
import { useViewStore } from '../../store/useViewStore.ts';

const SHOWN_PROBLEMS = 50;

/**
 * Says that a dataset could not be opened and that the one shown stays, with its
 * problems listed and, when another try could help, a Retry button.
 */
export function noticeLoadFailure(error: unknown, retry?: () => void): void {
  const problems = error instanceof DatasetLoadError ? error.problems : [];
  const message = error instanceof Error ? error.message : String(error);
  useViewStore.getState().addNotice({
    id: 'dataset-load-failed',
    // The message and the problems are the checks' own words, in English.
    text: { key: 'datasets.stillShown', values: { message } },
    ...(retry === undefined ? {} : { action: { label: { key: 'datasets.retry' }, run: retry } }),
    details: [
      ...problems.slice(0, SHOWN_PROBLEMS).map((p) => `${formatPath(p.path)}: ${p.message}`),
      ...(problems.length > SHOWN_PROBLEMS
        ? [
            {
              key: 'datasets.moreProblems' as const,
              values: { count: problems.length - SHOWN_PROBLEMS },
            },
          ]
        : []),
    ],
  });
}
