import { htmlToText } from '../../domain/annotation/htmlToText.ts';

/** The most an article file may weigh: far beyond any article, short of a hang. */
export const MAX_ARTICLE_MB = 5;

export type ArticleFileRead =
  | { ok: true; text: string; hadActiveContent: boolean }
  | { ok: false; problem: 'binary' | 'tooLarge' | 'fileType' };

/**
 * Reads a .txt, .md or .html file as an article's text. HTML is parsed inertly
 * (DOMParser runs no script and loads nothing) and reduced to its text.
 */
export async function readArticleFile(file: File): Promise<ArticleFileRead> {
  const name = file.name.toLowerCase();
  const isHtml = name.endsWith('.html') || name.endsWith('.htm');
  if (!isHtml && !name.endsWith('.txt') && !name.endsWith('.md'))
    return { ok: false, problem: 'fileType' };
  if (file.size > MAX_ARTICLE_MB * 1024 * 1024) return { ok: false, problem: 'tooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'binary' };
  }
  if (text.includes('\u0000')) return { ok: false, problem: 'binary' };
  if (!isHtml) return { ok: true, text, hadActiveContent: false };
  const document = new DOMParser().parseFromString(text, 'text/html');
  const hadActiveContent =
    document.querySelector('script, style, iframe, object, embed') !== null ||
    [...document.querySelectorAll('*')].some((element) =>
      [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
    );
  return { ok: true, text: htmlToText(document), hadActiveContent };
}
