import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openedFileText } from '../../dataset/openedFiles.ts';
import { encodeView } from '../../domain/view/viewCodec.ts';
import { useViewStore } from '../../store/useViewStore.ts';

const CONFIRMATION_MS = 4000;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Copies the address of the current view; the view is the URL. A dataset opened
 * from a local file, or an Annotate draft (which lives in this browser), cannot
 * travel in a link, so it offers the file instead.
 */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const openedFile = useViewStore((s) => s.openedFile);
  const [state, setState] = useState<'idle' | 'copied' | 'failed' | 'local'>('idle');
  useEffect(() => {
    if (state === 'idle' || state === 'local') return;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    if (openedFile !== null) {
      setState('local');
      return;
    }
    try {
      // Built from the view itself: the address bar lags typing and panning a little.
      const { view } = useViewStore.getState();
      const link = `${window.location.origin}${window.location.pathname}?${encodeView(view)}`;
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  const file = openedFile === null ? undefined : openedFileText(openedFile.version);

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      <span role="status" className="header-note copy-link-status">
        {state === 'copied' && t('share.copied')}
        {state === 'failed' && t('share.failed')}
        {state === 'local' && openedFile !== null && (
          <>
            {file?.draft === undefined
              ? t('share.local')
              : t('share.localDraft', { name: file.draft })}{' '}
            {file !== undefined && (
              <button
                type="button"
                className="small-button"
                onClick={() => download(file.name, file.text)}
              >
                {t('share.download')}
              </button>
            )}
            {/* It floats over the page and stays until it is read and closed here. */}
            <button
              type="button"
              className="small-button"
              aria-label={t('share.close')}
              title={t('share.close')}
              onClick={() => setState('idle')}
            >
              ×
            </button>
          </>
        )}
      </span>
    </div>
  );
}
