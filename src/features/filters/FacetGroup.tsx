interface FacetOption<T extends string> {
  value: T;
  label: string;
  /** How many items it keeps; null while not yet counted (shown without a count). */
  count: number | null;
}

interface FacetGroupProps<T extends string> {
  legend: string;
  options: readonly FacetOption<T>[];
  /** The options switched on; null means all. */
  selected: readonly T[] | null;
  onToggle: (value: T) => void;
  /** A count said in words, for screen readers: "3 entities". */
  countLabel: (count: number) => string;
}

/** A group of checkboxes, each with how many items it would keep. */
export function FacetGroup<T extends string>({
  legend,
  options,
  selected,
  onToggle,
  countLabel,
}: FacetGroupProps<T>) {
  // A thousand articles share a few dozen counts: each is said once per render, not
  // once per option (i18next's lookup took ~35 ms of a filter at 20,000 entities).
  const said = new Map<number, string>();
  const sayCount = (count: number) => {
    let words = said.get(count);
    if (words === undefined) {
      words = countLabel(count);
      said.set(count, words);
    }
    return words;
  };
  const isOn = selected === null ? null : new Set(selected);
  return (
    <fieldset className="facet-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={option.count === 0 ? 'facet empty' : 'facet'}>
          <input
            type="checkbox"
            checked={isOn === null || isOn.has(option.value)}
            onChange={() => onToggle(option.value)}
          />
          <span className="facet-label">{option.label}</span>
          {option.count !== null && (
            <span className="facet-count" aria-label={sayCount(option.count)}>
              {option.count}
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
