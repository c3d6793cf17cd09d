import { describe, expect, it } from 'vitest';
import { exportFileName, localDay } from './exportFileName.ts';

const day = new Date(2026, 10, 28, 9, 15);

describe('exportFileName', () => {
  it('says the dataset, the day and what the file holds', () => {
    expect(exportFileName('lavrov-choe', day, 'relations', 'csv')).toBe(
      'lavrov-choe-2026-11-28-relations.csv',
    );
    expect(exportFileName('fictional-veld', day, 'view', 'png')).toBe(
      'fictional-veld-2026-11-28-view.png',
    );
  });

  it('folds Turkish letters and drops anything unsafe in a file name', () => {
    expect(exportFileName('Dışişleri / İSTANBUL', day, '../Görüş: "x"', 'CSV')).toBe(
      'disisleri-istanbul-2026-11-28-gorus-x.csv',
    );
  });

  it('never yields an empty or hidden name', () => {
    const name = exportFileName('///', day, '', '');
    expect(name).toBe('dataset-2026-11-28.txt');
    expect(name).toMatch(/^[a-z0-9][a-z0-9-]*\.[a-z0-9]+$/);
  });

  it('keeps names short whatever the input', () => {
    const name = exportFileName('a'.repeat(500), day, 'b'.repeat(500), 'json');
    expect(name.length).toBeLessThan(150);
  });
});

describe('localDay', () => {
  it('is the day on the local clock, zero-padded', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
