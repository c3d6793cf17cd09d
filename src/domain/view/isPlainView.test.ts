import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isPlainView } from './isPlainView.ts';
import { decodeView } from './viewCodec.ts';
import { DEFAULT_VIEW } from './viewState.ts';

const plain = (query: string) => isPlainView(decodeView(query).view);

describe('a plain view, one that only opens a dataset', () => {
  it('is what a bare address or the dataset switcher opens, in any language', () => {
    expect(plain('')).toBe(true);
    expect(plain('?v=1&data=fictional-veld')).toBe(true);
    expect(plain('?data=lavrov-choe&dv=0a1b2c3d&lang=tr')).toBe(true);
    expect(isPlainView({ ...DEFAULT_VIEW, data: 'fictional-veld', lang: 'en' })).toBe(true);
  });

  it('is not a link that carries any other view state', () => {
    for (const query of [
      '?sel=russia',
      '?data=lavrov-choe&lens=ru-kp-ties',
      '?kinds=state',
      '?kinds=',
      '?q=rusya',
      '?focus=russia',
      '?layout=circle',
      '?show=table',
      '?rollup=1',
      '?pins=russia:1:2',
      '?zoom=1.5&at=0,0',
      '?path=russia,north-korea',
    ])
      expect(plain(query), query).toBe(false);
  });

  test.prop([fc.webSegment(), fc.constantFrom('en', 'tr')])(
    'does not depend on the dataset or the language',
    (data, lang) => {
      const query = `?data=${encodeURIComponent(data)}&lang=${lang}`;
      expect(plain(query)).toBe(plain('?lang=en'));
    },
  );
});
