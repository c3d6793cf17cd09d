import { expect, it } from 'vitest';
import { isDataRequest } from './isDataRequest.ts';

const app = 'https://app.example.org';

it.each([
  '/datasets.json',
  '/lavrov-choe.json',
  '/articles/a1484f1563c4a089.txt',
  '/extra/set.json?v=2',
])('answers the app’s own %s as data', (path) => {
  expect(isDataRequest(new URL(path, app), app)).toBe(true);
});

it.each([
  'https://data.example.net/lavrov-choe.json',
  'http://app.example.org/lavrov-choe.json',
  'https://app.example.org:8443/lavrov-choe.json',
])('leaves %s from another origin to the browser', (url) => {
  expect(isDataRequest(new URL(url), app)).toBe(false);
});

it.each(['/', '/?data=/lavrov-choe.json', '/assets/index-abc.js', '/assets/index-abc.css'])(
  'does not take %s for data',
  (path) => {
    expect(isDataRequest(new URL(path, app), app)).toBe(false);
  },
);
