// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImportFile } from './importInWorker.ts';

describe('readImportFile', () => {
  it('reads UTF-8 text, Turkish letters intact', async () => {
    const file = new File(['Id,Label\nn1,Güney Kore\n'], 'nodes.csv');
    expect(await readImportFile(file)).toEqual({
      name: 'nodes.csv',
      text: 'Id,Label\nn1,Güney Kore\n',
    });
  });

  it('refuses bytes that are not UTF-8 rather than turning them into �', async () => {
    const file = new File([new Uint8Array([0x49, 0x64, 0xff, 0xfe])], 'latin1.csv');
    await expect(readImportFile(file)).rejects.toThrow('not-utf8');
  });

  it('refuses a file larger than the browser imports before reading a byte of it', async () => {
    let read = false;
    const huge = {
      name: 'day.export.CSV',
      size: MAX_IMPORT_BYTES + 1,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    } as unknown as File;
    await expect(readImportFile(huge)).rejects.toThrow('too-large');
    expect(read).toBe(false);
  });
});
