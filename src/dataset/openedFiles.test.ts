import { expect, it } from 'vitest';
import { MAX_DATASET_BYTES } from './fetchDatasetText.ts';
import { openedFileText, rememberOpenedFile } from './openedFiles.ts';

it('keeps the text of an opened UTF-8 file by its content hash', async () => {
  const { name, version } = await rememberOpenedFile(new File(['{"a": "Dışişleri"}'], 'set.json'));
  expect(name).toBe('set.json');
  expect(openedFileText(version)).toEqual({ name: 'set.json', text: '{"a": "Dışişleri"}' });
});

it('refuses a file that is not UTF-8', async () => {
  const latin1 = new Uint8Array([0x7b, 0x22, 0xe4, 0x22, 0x7d]);
  await expect(rememberOpenedFile(new File([latin1], 'latin1.json'))).rejects.toThrow(
    '“latin1.json” is not UTF-8 text.',
  );
});

it('refuses a file over 64 MiB without reading it', async () => {
  const huge = {
    name: 'huge.json',
    size: MAX_DATASET_BYTES + 1,
    arrayBuffer: () => Promise.reject(new Error('read')),
  } as unknown as File;
  await expect(rememberOpenedFile(huge)).rejects.toThrow(
    '“huge.json” is larger than 64 MiB, the most the app opens.',
  );
});
