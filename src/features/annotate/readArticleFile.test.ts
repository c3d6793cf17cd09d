// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_MB, readArticleFile } from './readArticleFile.ts';

const file = (parts: BlobPart[], name: string) => new File(parts, name);

// Synthetic texts with fictional names.
describe('readArticleFile', () => {
  it('reads a .txt or .md file as it is, Turkish letters intact', async () => {
    const text = 'Veloria’nın elçisi Kastelo’ya geldi.\nİkinci paragraf: ğüşıöç.';
    expect(await readArticleFile(file([text], 'note.TXT'))).toEqual({
      ok: true,
      text,
      hadActiveContent: false,
    });
    expect((await readArticleFile(file([text], 'note.md'))).ok).toBe(true);
  });

  it('reduces HTML to its text, says active content was there, and runs none of it', async () => {
    const html =
      '<html><head><style>p{}</style><script>window.ran = true</script></head>' +
      '<body><p onclick="x()">Veloria met <b>Marenzia</b>.</p><p>Second paragraph.</p></body></html>';
    const read = await readArticleFile(file([html], 'page.html'));
    expect(read).toMatchObject({ ok: true, hadActiveContent: true });
    if (!read.ok) return;
    expect(read.text).toContain('Veloria met Marenzia.');
    expect(read.text).toContain('Second paragraph.');
    expect(read.text).not.toMatch(/window\.ran|p\{\}|onclick/);
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });

  it('refuses another file type, bytes that are not UTF-8, NUL bytes, and a file too large', async () => {
    expect(await readArticleFile(file(['x'], 'article.pdf'))).toEqual({
      ok: false,
      problem: 'fileType',
    });
    expect(await readArticleFile(file([new Uint8Array([0x56, 0xff, 0xfe])], 'a.txt'))).toEqual({
      ok: false,
      problem: 'binary',
    });
    expect(await readArticleFile(file(['text\u0000more'], 'a.txt'))).toEqual({
      ok: false,
      problem: 'binary',
    });
    const large = new Uint8Array(MAX_ARTICLE_MB * 1024 * 1024 + 1).fill(0x61);
    expect(await readArticleFile(file([large], 'a.txt'))).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
  });
});
