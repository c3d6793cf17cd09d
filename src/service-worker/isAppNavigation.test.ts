import { expect, it } from 'vitest';
import { isAppNavigation } from './isAppNavigation.ts';

const at = (path: string) => new URL(path, 'https://app.example.org');

it.each(['/', '/?data=/lavrov-choe.json&sel=russia', '/?data=fictional-veld', '/diplograph/'])(
  'answers %s with the app',
  (path) => {
    expect(isAppNavigation(at(path))).toBe(true);
  },
);

it.each(['/lavrov-choe.json', '/dataset.schema.json', '/README.md', '/articles/a1.txt'])(
  'leaves the file %s to the network',
  (path) => {
    expect(isAppNavigation(at(path))).toBe(false);
  },
);
