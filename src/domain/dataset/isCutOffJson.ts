/**
 * Whether a text that failed to parse as JSON ends in the middle of a value — inside
 * a string, or with an object or array left open — as a file does when its transfer
 * broke off. A file with a mistake in the middle is balanced and is not cut off.
 * @example isCutOffJson('{"entities": [{"id": "ru') // true
 * @example isCutOffJson('{"id": 1,, "x": 2}') // false
 */
export function isCutOffJson(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const c of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') depth -= 1;
  }
  return inString || depth > 0 || text.trim() === '';
}
