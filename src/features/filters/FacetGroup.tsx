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
  /** What the counts count, for screen readers: "entities" or "relations". */
  unit: string;
}

/** A group of checkboxes, each with how many items it would keep. */
export function FacetGroup<T extends string>({
  legend,
  options,
  selected,
  onToggle,
  unit,
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
          <span className="facet-count" aria-label={`${option.count} ${unit}`}>
            {option.count}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
