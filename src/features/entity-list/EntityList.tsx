import { ENTITY_KINDS, type Entity } from '../../domain/dataset/datasetSchema.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { ENTITY_LOOKS } from '../../graph-view/graphPalette.ts';
import { useViewStore } from '../../store/useViewStore.ts';

const PLURALS: Record<Entity['kind'], string> = {
  state: 'States',
  bloc: 'Blocs',
  official: 'Officials',
  meeting: 'Meetings',
  topic: 'Topics',
};

/** Every entity by kind, each selectable by keyboard: the graph without the canvas. */
export function EntityList() {
  const { dataset } = useDatasetIndex();
  const language = useViewStore((s) => s.language);
  const selectedId = useViewStore((s) => s.selection?.id);
  const select = useViewStore((s) => s.select);
  const collator = new Intl.Collator(language);

  return (
    <nav className="entity-list" aria-label="Entities">
      <h2>Entities</h2>
      {ENTITY_KINDS.map((kind) => {
        const entities = dataset.entities
          .filter((e) => e.kind === kind)
          .map((e) => ({ id: e.id, name: pickText(e.name, language) }))
          .sort((a, b) => collator.compare(a.name, b.name));
        if (entities.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`entity-kind-${kind}`}>
            <h3 id={`entity-kind-${kind}`}>
              <span
                className={`kind-swatch kind-${kind}`}
                style={{ background: ENTITY_LOOKS[kind].fill }}
                aria-hidden="true"
              />
              {PLURALS[kind]} <span className="count">({entities.length})</span>
            </h3>
            <ul>
              {entities.map(({ id, name }) => (
                <li key={id}>
                  <button
                    type="button"
                    aria-pressed={selectedId === id}
                    onClick={() => select({ type: 'entity', id })}
                  >
                    {name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
