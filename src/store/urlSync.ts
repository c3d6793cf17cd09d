import { allowedDataOrigins } from '../dataset/allowedDataOrigins.ts';
import { sourceOfDataParam } from '../dataset/datasetSource.ts';
import { openedFileText, type OpenedFile } from '../dataset/openedFiles.ts';
import { decodeView, encodeView, type IgnoredParam } from '../domain/view/viewCodec.ts';
import type { NoticeMessage } from './noticeSlice.ts';
import { useViewStore } from './useViewStore.ts';

// Safari throws after 100 replaceState calls in 30 s: typing and panning replace the
// URL at most this often.
const REPLACE_INTERVAL_MS = 300;

/** How an ignored part of a link is shown to the analyst: `kinds=planet — not one of: …`. */
export function describeIgnored({ param, value, reason }: IgnoredParam): NoticeMessage {
  return { key: `notices.ignored.${reason.code}`, values: { ...reason, param, value } };
}

const IGNORED_NOTICE = 'ignored-link-parts';

/**
 * Shows a dismissible notice listing what could not be used from a link; parts
 * found later (once the dataset is known) join the same notice.
 */
export function noticeIgnored(ignored: readonly IgnoredParam[]): void {
  if (ignored.length === 0) return;
  const { notices, addNotice } = useViewStore.getState();
  const earlier = notices.find((n) => n.id === IGNORED_NOTICE)?.details ?? [];
  addNotice({
    id: IGNORED_NOTICE,
    text: { key: 'notices.ignoredParts' },
    details: [...earlier, ...ignored.map(describeIgnored)],
  });
}

/**
 * What a history entry keeps besides its address: the file it showed, if the
 * analyst had opened one. An address cannot name a local file, so without this Back
 * would leave the file on screen under another dataset's address.
 */
interface HistoryEntry {
  openedFile: OpenedFile | null;
}

/** The opened file a history entry showed; null for none, or for anything else found there. */
function fileOfEntry(state: unknown): OpenedFile | null {
  if (typeof state !== 'object' || state === null || !('openedFile' in state)) return null;
  const file = state.openedFile;
  if (typeof file !== 'object' || file === null) return null;
  const { name, version } = file as Record<string, unknown>;
  return typeof name === 'string' && typeof version === 'string' ? { name, version } : null;
}

function readLocation(): void {
  const { view, ignored } = decodeView(window.location.search);
  if (view.data !== null) {
    const read = sourceOfDataParam(view.data, window.location.origin, allowedDataOrigins());
    if ('refused' in read) {
      ignored.push({ param: 'data', value: view.data, reason: read.refused });
      view.data = null;
    }
  }
  // The file this entry showed, while this tab still holds its text and the address
  // names no other dataset; after a reload the text is gone and the address rules.
  const file = fileOfEntry(window.history.state);
  const openedFile =
    file !== null && view.data === null && openedFileText(file.version) !== undefined ? file : null;
  useViewStore.setState((state) => ({
    view,
    openedFile,
    historyMode: 'none',
    notices: state.notices.filter((n) => n.id !== IGNORED_NOTICE),
  }));
  noticeIgnored(ignored);
}

/**
 * Keeps the URL and the view in step: the view is read from the URL at start and on
 * Back/Forward, and written to it on every change — pushed for discrete steps,
 * replaced (throttled) for typing and panning. Returns a function that stops it.
 */
export function startUrlSync(): () => void {
  readLocation();
  let pending: ReturnType<typeof setTimeout> | null = null;
  let lastReplace = 0;
  const write = (mode: 'push' | 'replace') => {
    const { view, openedFile } = useViewStore.getState();
    const url = `?${encodeView(view)}${window.location.hash}`;
    const entry: HistoryEntry = { openedFile };
    // Another file (or none) under the same address is another step all the same.
    const isSameFile = fileOfEntry(window.history.state)?.version === openedFile?.version;
    if (url === window.location.search + window.location.hash && isSameFile) return;
    if (mode === 'push') window.history.pushState(entry, '', url);
    else window.history.replaceState(entry, '', url);
  };
  const unsubscribe = useViewStore.subscribe((state, previous) => {
    if (state.view === previous.view || state.historyMode === 'none') return;
    if (pending !== null) {
      clearTimeout(pending);
      pending = null;
    }
    if (state.historyMode === 'push') {
      write('push');
      return;
    }
    const wait = Math.max(0, lastReplace + REPLACE_INTERVAL_MS - Date.now());
    pending = setTimeout(() => {
      pending = null;
      lastReplace = Date.now();
      write('replace');
    }, wait);
  });
  window.addEventListener('popstate', readLocation);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', readLocation);
    if (pending !== null) clearTimeout(pending);
  };
}
