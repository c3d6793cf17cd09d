import { useEffect, useState } from 'react';

const CONFIRMATION_MS = 4000;

/** Copies the address of the current view; the view is the URL. */
export function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link-status">
        {state === 'copied' && 'Link copied: it opens this exact view.'}
        {state === 'failed' && 'Could not copy; copy the address bar instead.'}
      </span>
    </div>
  );
}
