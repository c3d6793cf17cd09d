import { describe, expect, it } from 'vitest';
import { sourceOfDataParam } from './datasetSource.ts';

const origin = 'https://app.example.org';
const allowed = ['https://data.example.net'];

describe('sourceOfDataParam', () => {
  it('reads an id as a bundled dataset', () => {
    expect(sourceOfDataParam('fictional-veld', origin, allowed)).toEqual({
      source: { type: 'bundled', id: 'fictional-veld' },
    });
  });

  it('accepts a same-origin path or URL', () => {
    expect(sourceOfDataParam('/extra/set.json', origin, allowed)).toEqual({
      source: { type: 'url', url: 'https://app.example.org/extra/set.json' },
    });
  });

  it('accepts https from an allowed origin only', () => {
    expect(sourceOfDataParam('https://data.example.net/a.json', origin, allowed)).toEqual({
      source: { type: 'url', url: 'https://data.example.net/a.json' },
    });
    expect(sourceOfDataParam('https://evil.example.com/a.json', origin, allowed)).toEqual({
      refused: { code: 'origin-not-allowed', origin: 'https://evil.example.com' },
    });
  });

  it.each(['http://data.example.net/a.json', 'javascript:alert(1)', 'data:application/json,{}'])(
    'refuses %j',
    (value) => {
      expect(sourceOfDataParam(value, origin, allowed)).toHaveProperty('refused');
    },
  );

  it.each([
    ['blob:https://app.example.org/0b5e2c5a-9a8e-4a43-9a3c-0f2a1c1e7d11', 'not-a-web-address'],
    ['filesystem:https://app.example.org/temporary/set.json', 'not-a-web-address'],
    ['ftp://app.example.org/set.json', 'not-a-web-address'],
    ['https://user:secret@app.example.org/set.json', 'has-credentials'],
    ['https://user@data.example.net/a.json', 'has-credentials'],
    ['http://app.example.org/set.json', 'not-https'],
  ])('refuses %j up front, before any fetch (%s)', (value, code) => {
    expect(sourceOfDataParam(value, origin, allowed)).toEqual({ refused: { code } });
  });
});
