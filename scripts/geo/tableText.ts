/**
 * The text of a generated geo table (capitals.json, continents.json): its source, then
 * its rows under `key`, one per line in the order given, so a regenerated table
 * reads as a line-by-line diff.
 */
export function tableText(source: string, key: string, rows: Record<string, unknown>): string {
  const lines = Object.entries(rows).map(
    ([code, row]) => `    ${JSON.stringify(code)}: ${JSON.stringify(row)}`,
  );
  return `{\n  "source": ${JSON.stringify(source)},\n  ${JSON.stringify(key)}: {\n${lines.join(',\n')}\n  }\n}\n`;
}
