// @vitest-environment happy-dom
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUiLanguage, startI18n } from './i18n.ts';

afterEach(() => {
  vi.restoreAllMocks();
  setUiLanguage('en');
});

describe('numbers in the UI strings', () => {
  it('formats them in the UI language, with the format’s own options', () => {
    startI18n('tr');
    expect(i18next.t('overview.groupLabel', { names: 'Norland', count: 12500 })).toBe(
      'Norland +12.500',
    );
    expect(i18next.t('app.checking', { size: 23.64 })).toBe(
      'Veri kümesi denetleniyor (23,6 MB metin)…',
    );
    setUiLanguage('en');
    expect(i18next.t('app.checking', { size: 2 })).toBe('Checking the dataset (2.0 MB of text)…');
  });

  it('makes no number format per label', () => {
    startI18n('en');
    i18next.t('overview.groupLabel', { names: 'warm-up', count: 5000 });
    const made = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i < 50; i += 1)
      expect(i18next.t('overview.groupLabel', { names: `Group ${i}`, count: 1000 + i })).toBe(
        `Group ${i} +${(1000 + i).toLocaleString('en')}`,
      );
    expect(made).not.toHaveBeenCalled();
  });
});
