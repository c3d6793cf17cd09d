import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset/datasetSchema.ts';
import { ENTITY_KINDS, type EntityKind } from '../../domain/dataset/datasetVocabulary.ts';
import { RELATION_KIND_IDS, type RelationKind } from '../../domain/relations/relationKinds.ts';
import { ColumnMappingFields } from './ColumnMappingFields.tsx';
import { IMPORT_ACCEPT } from './importFileTypes.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { useGraphImport } from './useGraphImport.ts';

interface ImportDialogProps {
  /** Files dropped on the page, read at once; none when opened from the button. */
  dropped: readonly File[] | null;
  onClose: () => void;
  /**
   * What confirming does with the imported dataset: open it as a local file (the
   * explorer), or merge it into the open draft (Annotate). True when it was taken.
   */
  onConfirm: (dataset: Dataset) => Promise<boolean>;
  /** The confirm button's words. */
  confirmLabel: string;
}

/**
 * Imports coded events (GDELT events and mentions, ACLED, ICEWS) or a graph file
 * (Gephi CSV/TSV tables, GEXF, GraphML): the format detected from the columns,
 * the columns mapped, the kinds the file does not give chosen, then a preview of what
 * would be made — counts, first items with their rows, the rows that fail and why —
 * made by the import itself in a worker (progress, Cancel). Confirming opens it.
 */
export function ImportDialog({ dropped, onClose, onConfirm, confirmLabel }: ImportDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const state = useGraphImport();
  const { status, options, importer } = state;
  const choose = useRef(state.choose);

  useEffect(() => {
    dialogRef.current?.showModal();
    if (dropped !== null) void choose.current(dropped);
  }, [dropped]);

  const result = status.kind === 'done' ? status.result : null;
  const confirm = async () => {
    if (result?.dataset == null) return;
    if (await onConfirm(result.dataset)) onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <label htmlFor={`${id}-files`}>{t('import.files')}</label>
      <input
        id={`${id}-files`}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          void state.choose(files);
        }}
      />
      {importer !== null && <p>{t('import.format', { format: importer.format.toUpperCase() })}</p>}
      {importer?.hasKindDefaults === true && (
        <fieldset className="import-defaults">
          <legend>{t('import.defaults')}</legend>
          <label htmlFor={`${id}-entity`}>{t('import.entityKind')}</label>
          <select
            id={`${id}-entity`}
            value={options.defaultEntityKind}
            onChange={(event) =>
              state.setOptions({ ...options, defaultEntityKind: event.target.value as EntityKind })
            }
          >
            {ENTITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`terms.entityKind.${kind}`, { count: 1 })}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-relation`}>{t('import.relationKind')}</label>
          <select
            id={`${id}-relation`}
            value={options.defaultRelationKind}
            onChange={(event) =>
              state.setOptions({
                ...options,
                defaultRelationKind: event.target.value as RelationKind,
              })
            }
          >
            {RELATION_KIND_IDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`terms.relationKind.${kind}`)}
              </option>
            ))}
          </select>
        </fieldset>
      )}
      {state.tables.map((table) => (
        <ColumnMappingFields
          key={table.kind}
          table={table}
          mapping={state.mappings[table.kind] ?? {}}
          onChange={(mapping) => state.setMapping(table.kind, mapping)}
        />
      ))}
      {status.kind === 'running' && (
        <div className="import-progress">
          <label htmlFor={`${id}-progress`}>{t(`import.step.${status.step}`)}</label>
          <progress
            id={`${id}-progress`}
            aria-label={t('import.progress')}
            max={2}
            value={status.step === 'reading' ? 1 : 2}
          />
        </div>
      )}
      {status.kind === 'cancelled' && <p role="status">{t('import.cancelled')}</p>}
      {status.kind === 'error' && (
        <p role="alert">
          {t(`import.${status.key}`, {
            name: status.name,
            message: status.message,
            format: status.format ?? 'csv',
          })}
        </p>
      )}
      {result !== null && <ImportPreview result={result} />}
      <div className="import-actions">
        {status.kind === 'running' ? (
          <button type="button" onClick={state.cancel}>
            {t('import.cancel')}
          </button>
        ) : (
          importer !== null && (
            <button type="button" onClick={state.preview}>
              {t('import.preview')}
            </button>
          )
        )}
        <button type="button" disabled={result?.dataset == null} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('import.close')}
        </button>
      </div>
    </dialog>
  );
}
