import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the graph shows, as text that screen readers announce and tests read. */
export function StatusLine() {
  const { dataset } = useDatasetIndex();
  return (
    <p className="status-line" role="status" aria-live="polite">
      {plural(dataset.entities.length, 'entity', 'entities')} ·{' '}
      {plural(dataset.relations.length, 'relation', 'relations')} shown
    </p>
  );
}
