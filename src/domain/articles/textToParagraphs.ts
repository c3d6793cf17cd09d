/**
 * Cuts a plain-text article into paragraphs: one per non-empty line, exactly as
 * written (Windows line ends and surrounding blank lines dropped, nothing else
 * changed, so excerpts stay verbatim).
 * @example textToParagraphs('First line.\r\n\r\nSecond line.\n') // ['First line.', 'Second line.']
 */
export function textToParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}
