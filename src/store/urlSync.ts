import { allowedDataOrigins } from '../dataset/allowedDataOrigins.ts';
import { sourceOfDataParam } from '../dataset/datasetSource.ts';
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

function readLocation(): void {
  const { view, ignored } = decodeView(window.location.search);
  if (view.data !== null) {
    const read = sourceOfDataParam(view.data, window.location.origin, allowedDataOrigins());
    if ('refused' in read) {
      ignored.push({ param: 'data', value: view.data, reason: read.refused });
      view.data = null;
    }
  }
  useViewStore.setState((state) => ({
    view,
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
    const url = `?${encodeView(useViewStore.getState().view)}${window.location.hash}`;
    if (url === window.location.search + window.location.hash) return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
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
