import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, csvText } from './csvText.ts';

describe('csvCell', () => {
  it('leaves plain text alone, Turkish letters included', () => {
    expect(csvCell('Dışişleri Bakanı Sergey Lavrov')).toBe('Dışişleri Bakanı Sergey Lavrov');
  });

  it('quotes a cell with a comma, a quote or a line break and doubles its quotes', () => {
    expect(csvCell('Rusya, Kuzey Kore')).toBe('"Rusya, Kuzey Kore"');
    expect(csvCell('"Batı" dedi')).toBe('"""Batı"" dedi"');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it.each(['=HYPERLINK("http://x","click")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'makes %j text, not a formula, with a leading apostrophe',
    (cell) => {
      const written = csvCell(cell);
      expect(written.replace(/^"/, '').startsWith("'")).toBe(true);
      expect(written).toContain(cell.replace(/"/g, '""'));
    },
  );

  it('writes numbers as numbers, and nothing for null', () => {
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
  });
});

describe('csvText', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      csvText([
        ['id', 'name'],
        ['russia', 'Rusya'],
      ]),
    ).toBe('\uFEFFid,name\r\nrussia,Rusya\r\n');
  });

  it('keeps a line break inside a quoted cell within its row', () => {
    const text = csvText([
      ['a', 'b'],
      ['x\ny', 'z'],
    ]);
    expect(text).toBe('\uFEFFa,b\r\n"x\ny",z\r\n');
  });
});

describe('csvText, read back', () => {
  it('round-trips any text through papaparse, formulas guarded and Turkish letters intact', () => {
    const rows = [
      ['id', 'note'],
      ['a', "=cmd|' /C calc'!A0"],
      ['b', 'line one\r\n=line two'],
      ['c', 'Dışişleri, "Batı"'],
    ];
    const text = csvText(rows);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['id', 'note'],
      ['a', "'=cmd|' /C calc'!A0"],
      ['b', 'line one\r\n=line two'],
      ['c', 'Dışişleri, "Batı"'],
    ]);
  });

  it('guards a formula that holds a line break', () => {
    expect(csvCell('=1+1\n2')).toBe('"\'=1+1\n2"');
  });
});
