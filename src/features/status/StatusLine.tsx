import { useVisibleGraph } from '../../store/useVisibleGraph.ts';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the graph shows, as text that screen readers announce and tests read. */
export function StatusLine() {
  const { entities, relations, dimmed } = useVisibleGraph();
  const dimmedEntities = [...dimmed].filter((id) => entities.has(id)).length;
  return (
    <p className="status-line" role="status" aria-live="polite">
      {plural(entities.size, 'entity', 'entities')} ·{' '}
      {plural(relations.size, 'relation', 'relations')} shown
      {dimmedEntities > 0 && `, ${plural(dimmedEntities, 'entity', 'entities')} dimmed`}
    </p>
  );
}
