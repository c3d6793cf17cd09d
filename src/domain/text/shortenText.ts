/**
 * The text cut to at most `max` UTF-16 units plus "…", never inside a surrogate
 * pair; unchanged when it is short enough. For drawing and quoting, never for
 * storing: the full text stays in the dataset.
 * @example shortenText('Arvel Quint of Norland', 11) // 'Arvel Quint…'
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end).trimEnd()}…`;
}
