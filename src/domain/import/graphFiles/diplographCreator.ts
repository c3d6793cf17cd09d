/**
 * How Diplograph signs the graph files it writes (GEXF's `creator`, a GraphML graph
 * key): the import then knows which columns the export computed and skips them.
 */
export const DIPLOGRAPH_CREATOR = 'Diplograph';

/**
 * An item's own attribute named like one of the columns Diplograph writes (`weight`,
 * `kind`, `label` …) goes out under this prefix, and comes back without it when the
 * file is read as Diplograph's own: the attribute survives the round trip and never
 * overwrites a field.
 */
export const ATTRIBUTE_PREFIX = 'attribute_';

/**
 * An item's attributes as they are written beside Diplograph's own columns.
 * @example prefixedAttributes({ weight: 3, population: 5 }, ['weight']) // { attribute_weight: 3, population: 5 }
 */
export function prefixedAttributes<T>(
  attributes: Readonly<Record<string, T>> | undefined,
  reserved: readonly string[],
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const clash = reserved.includes(key) || key.startsWith(ATTRIBUTE_PREFIX);
    out[clash ? `${ATTRIBUTE_PREFIX}${key}` : key] = value;
  }
  return out;
}

/**
 * A column name of Diplograph's own file, back to the attribute it was written from.
 * @example unprefixedName('attribute_weight') // 'weight'
 */
export function unprefixedName(name: string): string {
  return name.startsWith(ATTRIBUTE_PREFIX) ? name.slice(ATTRIBUTE_PREFIX.length) : name;
}
