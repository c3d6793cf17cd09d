import { expect, it } from 'vitest';
import { parseDataOrigins } from './parseDataOrigins.ts';

it('reads comma-separated https origins, ignoring paths and spaces', () => {
  expect(
    parseDataOrigins(' https://data.example.org/, https://cdn.example.net/sets/a.json'),
  ).toEqual(['https://data.example.org', 'https://cdn.example.net']);
});

it('drops what is not an https origin', () => {
  expect(
    parseDataOrigins('http://plain.example.org,javascript:alert(1),not a url,,https://ok.example'),
  ).toEqual(['https://ok.example']);
});

it('reads nothing when the variable is unset', () => {
  expect(parseDataOrigins(undefined)).toEqual([]);
});
