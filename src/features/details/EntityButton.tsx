import type { Entity } from '../../domain/dataset/datasetSchema.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/** An entity's name that selects it. */
export function EntityButton({ entity }: { entity: Entity }) {
  const language = useViewStore((s) => s.language);
  const select = useViewStore((s) => s.select);
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => select({ type: 'entity', id: entity.id })}
    >
      {pickText(entity.name, language)}
    </button>
  );
}
