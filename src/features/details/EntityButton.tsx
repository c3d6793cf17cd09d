import type { Entity } from '../../domain/dataset/datasetSchema.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';

/** An entity's name that selects it. */
export function EntityButton({ entity }: { entity: Entity }) {
  const language = useNameLanguage();
  const select = useViewStore((s) => s.select);
  return (
    <button type="button" className="link-button" onClick={() => select(entity.id)}>
      {pickText(entity.name, language)}
    </button>
  );
}
