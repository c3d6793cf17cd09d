import type { Dataset } from '../../domain/dataset/datasetSchema.ts';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { manifestQueryOptions } from '../../dataset/datasetQueryOptions.ts';
import { useLoadStage } from '../../dataset/loadProgress.ts';
import { useDatasetSource } from '../../dataset/useDatasetIndex.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { loadOnDemandStrings } from '../../i18n/i18n.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { isImportedFile } from './importFileTypes.ts';
import { useOpenDataset } from './useOpenDataset.ts';

// The importers, their parsers and the dataset checks load when the dialog opens.
const ImportDialog = lazy(() =>
  Promise.all([import('./ImportDialog.tsx'), loadOnDemandStrings()]).then(([module]) => ({
    default: module.ImportDialog,
  })),
);

/**
 * Chooses the dataset: a bundled one, or a JSON file from the analyst's computer
 * (Open file… or drag and drop anywhere on the page), or a graph file imported into
 * one (Import…, or dropping a CSV, TSV, GEXF or GraphML file).
 */
/** An imported dataset as the file Open file… takes, so it passes the same checks. */
function datasetFile(dataset: Dataset): File {
  return new File([JSON.stringify(dataset, null, 2)], `${dataset.id}.json`, {
    type: 'application/json',
  });
}

export function DatasetSwitcher() {
  const { t } = useTranslation();
  const manifest = useQuery(manifestQueryOptions());
  const source = useDatasetSource();
  const language = useNameLanguage();
  const { open, openFile } = useOpenDataset();
  const stage = useLoadStage();
  const inputRef = useRef<HTMLInputElement>(null);
  const [isDragging, setIsDragging] = useState(false);
  // null: closed; files: opened by dropping them; 'chosen': opened from the button.
  const [importing, setImporting] = useState<readonly File[] | 'chosen' | null>(null);
  const selectId = useId();
  const openFileRef = useRef(openFile);
  useEffect(() => {
    openFileRef.current = openFile;
  });

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setIsDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setIsDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setIsDragging(false);
      // Files to import go together (GDELT's events and mentions); a dataset opens alone.
      const files = Array.from(event.dataTransfer?.files ?? []);
      const file = files[0];
      if (file === undefined) return;
      if (isImportedFile(file.name)) setImporting(files.filter((f) => isImportedFile(f.name)));
      else void openFileRef.current(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const current = source.type === 'bundled' ? source.id : source.type === 'url' ? 'url' : 'file';
  return (
    <div className="dataset-switcher">
      <label htmlFor={selectId}>{t('datasets.label')}</label>
      <select
        id={selectId}
        value={current}
        onChange={(event) => void open({ type: 'bundled', id: event.target.value })}
      >
        {manifest.data?.datasets.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {pickText(entry.title, language)}
          </option>
        ))}
        {source.type === 'file' && (
          <option value="file">{t('datasets.fileOption', { name: source.name })}</option>
        )}
        {source.type === 'url' && (
          <option value="url">{t('datasets.urlOption', { host: new URL(source.url).host })}</option>
        )}
      </select>
      <button type="button" className="small-button" onClick={() => inputRef.current?.click()}>
        {t('datasets.openFile')}
      </button>
      <button type="button" className="small-button" onClick={() => setImporting('chosen')}>
        {t('datasets.import')}
      </button>
      {importing !== null && (
        <Suspense fallback={null}>
          <ImportDialog
            dropped={importing === 'chosen' ? null : importing}
            onClose={() => setImporting(null)}
            confirmLabel={t('datasets.importConfirm')}
            onConfirm={(dataset) => openFile(datasetFile(dataset))}
          />
        </Suspense>
      )}
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('datasets.fileInput')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) void openFile(file);
        }}
      />
      {stage?.step === 'retrying' && (
        <span role="status" className="switcher-retry">
          {t('app.retrying', {
            seconds: stage.delayMs / 1000,
            attempt: stage.attempt,
            attempts: stage.attempts,
          })}
        </span>
      )}
      {isDragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('datasets.drop')}
        </div>
      )}
    </div>
  );
}
