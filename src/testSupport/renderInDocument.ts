import { act, type ReactNode } from 'react';
import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { startI18n } from '../i18n/i18n.ts';
import { addOnDemandStrings } from '../i18n/onDemand.ts';
import { en } from '../i18n/stringsEn.ts';

// React warns unless it knows that tests wrap updates in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Renders a React tree into the test's document (a happy-dom environment), for
 * component tests that click and read what is shown, in the English UI.
 */
export async function renderInDocument(
  node: ReactNode,
): Promise<{ container: HTMLElement; unmount: () => Promise<void> }> {
  // Components read their text through the translation layer; tests read English,
  // the on-demand areas' strings (Annotate, Import) included.
  if (!i18next.isInitialized) {
    startI18n('en', en);
    addOnDemandStrings();
  }
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(node);
    await Promise.resolve();
  });
  return {
    container,
    unmount: async () => {
      await act(async () => {
        root.unmount();
        await Promise.resolve();
      });
      container.remove();
    },
  };
}
