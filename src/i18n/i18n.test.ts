// @vitest-environment happy-dom
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUiLanguage, startI18n } from './i18n.ts';
import { en } from './stringsEn.ts';
import { tr } from './stringsTr.ts';

afterEach(async () => {
  vi.restoreAllMocks();
  await setUiLanguage('en');
});

describe('numbers in the UI strings', () => {
  it('formats them in the UI language, with the format’s own options', async () => {
    startI18n('tr', tr);
    expect(i18next.t('overview.groupLabel', { names: 'Norland', count: 12500 })).toBe(
      'Norland +12.500',
    );
    expect(i18next.t('app.checking', { size: 23.64 })).toBe(
      'Veri kümesi denetleniyor (23,6 MB metin)…',
    );
    await setUiLanguage('en');
    expect(i18next.t('app.checking', { size: 2 })).toBe('Checking the dataset (2.0 MB of text)…');
  });

  it('fetches a language’s strings when first shown, and drops a switch a later one overtook', async () => {
    startI18n('en', en);
    expect(i18next.hasResourceBundle('tr', 'translation')).toBe(false);
    // Turkish is fetched; English, asked for after it, is already here.
    const toTurkish = setUiLanguage('tr');
    const backToEnglish = setUiLanguage('en');
    await Promise.all([toTurkish, backToEnglish]);
    expect([i18next.language, document.documentElement.lang]).toEqual(['en', 'en']);
    await setUiLanguage('tr');
    expect([i18next.language, document.documentElement.lang]).toEqual(['tr', 'tr']);
    expect(i18next.t('app.checking', { size: 2 })).toBe('Veri kümesi denetleniyor (2,0 MB metin)…');
  });

  it('makes no number format per label', () => {
    startI18n('en', en);
    i18next.t('overview.groupLabel', { names: 'warm-up', count: 5000 });
    const made = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i < 50; i += 1)
      expect(i18next.t('overview.groupLabel', { names: `Group ${i}`, count: 1000 + i })).toBe(
        `Group ${i} +${(1000 + i).toLocaleString('en')}`,
      );
    expect(made).not.toHaveBeenCalled();
  });
});
