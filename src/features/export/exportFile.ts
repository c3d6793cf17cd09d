import type { TFunction } from 'i18next';
import type { DatasetIndex } from '../../domain/dataset/indexDataset.ts';
import type { Comparison } from '../../domain/compare/comparePeriods.ts';
import { comparisonTable } from '../../domain/export/comparisonTable.ts';
import { csvText } from '../../domain/export/csvText.ts';
import type { CompareQuery } from '../../domain/view/viewState.ts';
import { entityTable } from '../../domain/export/entityTable.ts';
import { exportFileName, localDay } from '../../domain/export/exportFileName.ts';
import { gexfDocument } from '../../domain/export/gexfDocument.ts';
import { graphmlDocument } from '../../domain/export/graphmlDocument.ts';
import type { RolledTie } from '../../domain/graph/rollUp.ts';
import { relationTable } from '../../domain/export/relationTable.ts';
import { subsetDataset, type ShownIds } from '../../domain/export/subsetDataset.ts';
import { pickText } from '../../domain/text/pickText.ts';
import type { ExportKind, PictureSource } from './exportKinds.ts';

/** What goes into the file name after the dataset and the day, and the extension. */
const NAMES: Record<ExportKind, [string, string]> = {
  'view-png': ['view', 'png'],
  'whole-png': ['whole-graph', 'png'],
  'view-svg': ['view', 'svg'],
  'whole-svg': ['whole-graph', 'svg'],
  dataset: ['subset', 'json'],
  entities: ['entities', 'csv'],
  relations: ['relations', 'csv'],
  gexf: ['graph', 'gexf'],
  comparison: ['comparison', 'csv'],
  graphml: ['graph', 'graphml'],
};

/** Everything an export reads: the dataset, what is shown, how to name and phrase it. */
export interface ExportContext {
  index: DatasetIndex;
  /** What the graph draws: with roll-up on, without the officials rolled up. */
  shown: ShownIds;
  /** The rolled-up ties drawn; none while roll-up is off. */
  ties: readonly RolledTie[];
  /**
   * What the filters let through before any roll-up: the officials, offices and
   * participations a re-imported dataset needs to roll up the same ties again.
   */
  filtered: ShownIds;
  language: string;
  now: Date;
  picture: PictureSource | null;
  /** The two periods compared and the result; null when none are. */
  compared: { query: CompareQuery; comparison: Comparison } | null;
  /** The UI strings in English and Turkish, for the derived dataset's title and description. */
  strings: { en: TFunction; tr: TFunction };
}

/** The file an export makes, named after the dataset and the day. */
export function exportFileNameOf(kind: ExportKind, context: Pick<ExportContext, 'index' | 'now'>) {
  const [contents, extension] = NAMES[kind];
  return exportFileName(context.index.dataset.id, context.now, contents, extension);
}

/** A picture export without a picture: the graph is not on screen (the table is). */
export class NoPictureError extends Error {}

/** Nothing is shown, so a dataset of it would be empty (and invalid). */
export class NothingShownError extends Error {}

function derivedLabel(context: ExportContext) {
  const { dataset } = context.index;
  const day = localDay(context.now);
  const phrase = (t: TFunction, language: string) => {
    const title = pickText(dataset.title, language);
    return {
      title: t('export.derivedTitle', { title, day }),
      description: t('export.derivedDescription', { title, id: dataset.id, day }),
    };
  };
  const en = phrase(context.strings.en, 'en');
  const tr = phrase(context.strings.tr, 'tr');
  return {
    title: { en: en.title, tr: tr.title },
    description: { en: en.description, tr: tr.description },
  };
}

/** Makes the contents of one export. */
export async function exportContents(kind: ExportKind, context: ExportContext): Promise<Blob> {
  const { index, shown, language, picture } = context;
  // The ties drawn between shown ends: the same in every file.
  const ties = context.ties.filter(
    (tie) => shown.entities.has(tie.source) && shown.entities.has(tie.target),
  );
  switch (kind) {
    case 'view-png':
    case 'whole-png':
      if (picture === null) throw new NoPictureError();
      return picture.png(kind === 'whole-png');
    case 'view-svg':
    case 'whole-svg':
      if (picture === null) throw new NoPictureError();
      return new Blob([await picture.svg(kind === 'whole-svg')], { type: 'image/svg+xml' });
    case 'dataset': {
      const subset = subsetDataset(index.dataset, context.filtered, derivedLabel(context));
      if (subset === null) throw new NothingShownError();
      return new Blob([`${JSON.stringify(subset, null, 2)}\n`], { type: 'application/json' });
    }
    case 'entities':
      return new Blob([csvText(entityTable(index, shown.entities, language))], {
        type: 'text/csv;charset=utf-8',
      });
    case 'relations':
      return new Blob([csvText(relationTable(index, shown.relations, language, ties))], {
        type: 'text/csv;charset=utf-8',
      });
    case 'comparison': {
      if (context.compared === null) throw new NothingShownError();
      const { query, comparison } = context.compared;
      return new Blob([csvText(comparisonTable(index, comparison, query.a, query.b, language))], {
        type: 'text/csv;charset=utf-8',
      });
    }
    case 'gexf':
      return new Blob([gexfDocument(index, shown, language, localDay(context.now), ties)], {
        type: 'application/xml',
      });
    case 'graphml':
      return new Blob([graphmlDocument(index, shown, language, localDay(context.now), ties)], {
        type: 'application/graphml+xml',
      });
  }
}
