import { useQueryClient } from '@tanstack/react-query';
import {
  datasetQueryOptions,
  DatasetLoadError,
  manifestQueryOptions,
} from '../../dataset/datasetQueryOptions.ts';
import type { DatasetSource } from '../../dataset/datasetSource.ts';
import { rememberOpenedFile } from '../../dataset/openedFiles.ts';
import { formatPath } from '../../domain/dataset/validateDataset.ts';
import { DEFAULT_VIEW } from '../../domain/view/viewState.ts';
import { useViewStore } from '../../store/useViewStore.ts';

const SHOWN_PROBLEMS = 50;

function noticeFailure(error: unknown, retry?: () => void): void {
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

/**
 * Opens another dataset — bundled, or a file the analyst chose — only once it has
 * loaded and passed every check; until then, and on failure, the current one stays.
 */
export function useOpenDataset() {
  const client = useQueryClient();
  const manifest = () => client.query(manifestQueryOptions());

  const open = async (source: DatasetSource): Promise<boolean> => {
    try {
      await client.query(datasetQueryOptions(source, manifest));
    } catch (error) {
      // A fetched file may load on another try (the server is back, the file was
      // fixed); an opened file would read the same again.
      noticeFailure(error, source.type === 'file' ? undefined : () => void open(source));
      return false;
    }
    const { setOpenedFile, setView, dismissNotice } = useViewStore.getState();
    dismissNotice('dataset-load-failed');
    if (source.type === 'file') {
      setOpenedFile({ name: source.name, version: source.version });
      // A local file cannot be named in the address: the link shows a fresh view.
      setView({ ...DEFAULT_VIEW });
    } else {
      setOpenedFile(null);
      setView({ ...DEFAULT_VIEW, data: source.type === 'bundled' ? source.id : source.url });
    }
    return true;
  };

  const openFile = async (file: File): Promise<boolean> => {
    try {
      const { name, version } = await rememberOpenedFile(file);
      return await open({ type: 'file', name, version });
    } catch (error) {
      noticeFailure(error);
      return false;
    }
  };

  return { open, openFile };
}
