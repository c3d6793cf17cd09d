import { expect, it } from 'vitest';
import { shortenText } from './shortenText.ts';

it('leaves short text alone and cuts long text with an ellipsis', () => {
  expect(shortenText('Norland', 60)).toBe('Norland');
  expect(shortenText('Arvel Quint of Norland', 11)).toBe('Arvel Quint…');
  expect(shortenText('x'.repeat(100_000), 60)).toHaveLength(61);
});

it('never cuts a character in half', () => {
  // "𝒩" is two UTF-16 units; a cut between them would leave a broken character.
  expect(shortenText('ab𝒩cd', 3)).toBe('ab…');
  expect(shortenText('ab𝒩cd', 4)).toBe('ab𝒩…');
});
