import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemTarget, type ProblemTarget } from '../../domain/annotation/problemTarget.ts';
import type { Dataset } from '../../domain/dataset/datasetSchema.ts';
import {
  formatPath,
  validateDataset,
  type DatasetProblem,
} from '../../domain/dataset/validateDataset.ts';

/** The draft as a dataset file's text, as data:check reads it. */
export function draftFileText(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

export function draftFileName(name: string): string {
  return `${name.trim().replace(/[^\p{L}\p{N}-]+/gu, '-') || 'draft'}.json`;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface DraftOutputProps {
  dataset: Dataset;
  name: string;
  /** Shows the draft's file in the explorer; `draft` is the draft's name. */
  onExplore: (file: File, draft: string) => void;
  /** Downloads even an invalid draft: when storage fails, nothing typed may be lost. */
  force?: boolean;
  /** Opens the article a problem is in, so the analyst can fix it there. */
  onGoTo?: (target: ProblemTarget) => void;
}

/** "Download dataset" and "Explore draft": the draft is checked first, as data:check does. */
export function DraftOutput({ dataset, name, onExplore, force = false, onGoTo }: DraftOutputProps) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<DatasetProblem[] | null>(null);
  const check = (): boolean => {
    const result = validateDataset(JSON.parse(draftFileText(dataset)));
    setProblems(result.ok ? [] : result.problems);
    return result.ok;
  };
  return (
    <div className="annotate-output">
      <button
        type="button"
        onClick={() => {
          if (check() || force) download(draftFileName(name), draftFileText(dataset));
        }}
      >
        {t('annotate.out.download')}
      </button>
      <button
        type="button"
        onClick={() => {
          if (check())
            onExplore(
              new File([draftFileText(dataset)], draftFileName(name), { type: 'application/json' }),
              name,
            );
        }}
      >
        {t('annotate.out.explore')}
      </button>
      {problems !== null && problems.length === 0 && <p role="status">{t('annotate.out.ok')}</p>}
      {problems !== null && problems.length > 0 && (
        <div role="alert">
          <p>{t('annotate.out.problems')}</p>
          <ul>
            {problems.slice(0, 50).map((p, i) => {
              const text = t('annotate.out.problem', {
                path: formatPath(p.path),
                message: p.message,
              });
              const target = problemTarget(dataset, p.path);
              const item = [...dataset.entities, ...dataset.relations].find(
                (candidate) => candidate.id === target?.item,
              );
              const name = item !== undefined && 'name' in item ? `${item.name.en}: ` : '';
              return (
                <li key={i}>
                  {target?.article != null && onGoTo !== undefined ? (
                    <button type="button" className="link-button" onClick={() => onGoTo(target)}>
                      {name}
                      {text}
                    </button>
                  ) : (
                    `${name}${text}`
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
