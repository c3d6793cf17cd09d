import { useQueryClient } from '@tanstack/react-query';
import { datasetQueryOptions, manifestQueryOptions } from '../../dataset/datasetQueryOptions.ts';
import type { DatasetSource } from '../../dataset/datasetSource.ts';
import { rememberOpenedFile } from '../../dataset/openedFiles.ts';
import { DEFAULT_VIEW } from '../../domain/view/viewState.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { noticeLoadFailure } from './noticeLoadFailure.ts';

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
      noticeLoadFailure(error, source.type === 'file' ? undefined : () => void open(source));
      return false;
    }
    const { showView, dismissNotice, view } = useViewStore.getState();
    dismissNotice('dataset-load-failed');
    // Another dataset starts from a fresh view, in the language being read.
    const fresh = { ...DEFAULT_VIEW, lang: view.lang };
    if (source.type === 'file') {
      // A local file cannot be named in the address: the link shows a fresh view.
      showView(fresh, { name: source.name, version: source.version });
    } else {
      showView({ ...fresh, data: source.type === 'bundled' ? source.id : source.url }, null);
    }
    return true;
  };

  /** Opens a local file; `draft` names the Annotate draft it was written from. */
  const openFile = async (file: File, draft?: string): Promise<boolean> => {
    try {
      const { name, version } = await rememberOpenedFile(file, draft);
      return await open({ type: 'file', name, version });
    } catch (error) {
      noticeLoadFailure(error);
      return false;
    }
  };

  return { open, openFile };
}
