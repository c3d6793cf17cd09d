interface FacetOption<T extends string> {
  value: T;
  label: string;
  count: number;
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
  return (
    <fieldset className="facet-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={option.count === 0 ? 'facet empty' : 'facet'}>
          <input
            type="checkbox"
            checked={selected === null || selected.includes(option.value)}
            onChange={() => onToggle(option.value)}
          />
          <span className="facet-label">{option.label}</span>
          <span className="facet-count" aria-label={countLabel(option.count)}>
            {option.count}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
