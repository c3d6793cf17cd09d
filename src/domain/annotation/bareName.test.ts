import { expect, it } from 'vitest';
import { bareName } from './bareName.ts';

it('offers a proper noun without its Turkish suffix, after either apostrophe', () => {
  expect(bareName("Rusya'nın")).toBe('Rusya');
  expect(bareName('Kore’ye')).toBe('Kore');
  expect(bareName("Kuzey Kore'deki")).toBe('Kuzey Kore');
});

it('leaves a name without a suffix, and a lower-case word, as they are', () => {
  expect(bareName('Sergey Lavrov')).toBe('Sergey Lavrov');
  expect(bareName("rock'n")).toBe("rock'n");
  expect(bareName("O'Brien")).toBe("O'Brien");
});
