// @vitest-environment happy-dom
import i18next from 'i18next';
import { act } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW } from '../domain/view/viewState.ts';
import { useViewStore } from '../store/useViewStore.ts';
import { renderInDocument } from '../testSupport/renderInDocument.ts';
import { useUiLanguage } from './useUiLanguage.ts';

function UiLanguage() {
  useUiLanguage();
  return null;
}

beforeEach(() => {
  window.localStorage.clear();
  useViewStore.setState({ view: DEFAULT_VIEW, historyMode: 'none' });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await i18next.changeLanguage('en');
});

it('names the remembered language in a view without one, replacing the history step', async () => {
  window.localStorage.setItem('diplograph:name-language', 'tr');
  const { unmount } = await renderInDocument(<UiLanguage />);
  expect(useViewStore.getState()).toMatchObject({ view: { lang: 'tr' }, historyMode: 'replace' });
  expect(i18next.language).toBe('tr');
  expect(document.documentElement.lang).toBe('tr');
  await unmount();
});

it("names the browser's language when nothing is remembered", async () => {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['tr-TR', 'en-GB']);
  const { unmount } = await renderInDocument(<UiLanguage />);
  expect(useViewStore.getState().view.lang).toBe('tr');
  await unmount();
});

it("keeps a link's language, and names the language again when a fresh view drops it", async () => {
  window.localStorage.setItem('diplograph:name-language', 'tr');
  useViewStore.setState({ view: { ...DEFAULT_VIEW, lang: 'en' } });
  const { unmount } = await renderInDocument(<UiLanguage />);
  expect(useViewStore.getState()).toMatchObject({ view: { lang: 'en' }, historyMode: 'none' });
  await act(async () => {
    useViewStore.getState().setView({ ...DEFAULT_VIEW });
    await Promise.resolve();
  });
  expect(useViewStore.getState().view.lang).toBe('tr');
  await unmount();
});
