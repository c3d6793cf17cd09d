import type { DatasetIndex } from '../dataset/indexDataset.ts';
import { sourceCount } from '../evidence/sourceCount.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';
import { entityName } from '../relations/relationTitle.ts';
import { pickText } from '../text/pickText.ts';
import type { CsvCell } from './csvText.ts';
import { EXCERPT_COLUMNS, excerptCells } from './excerptCells.ts';

const RELATION_COLUMNS = [
  'relation_id',
  'kind',
  'source_id',
  'source_name',
  'target_id',
  'target_name',
  'direction',
  'stance',
  'quad_class',
  'cameo',
  'relation_modality',
  'role',
  'start',
  'end',
  'confidence',
  'independent_sources',
  'articles',
  'excerpts',
] as const;

/**
 * The shown relations as a table, one row per excerpt so each quote sits beside its
 * source: the relation's ends (ids and names in the chosen language), its kind,
 * direction, stance, QuadClass and CAMEO code, dates, source counts, then the
 * excerpt. Rows follow the dataset's order; the first row is the header.
 * @example relationTable(index, new Set(['russia-west-tensions']), 'en')[1].slice(0, 4)
 * // ['russia-west-tensions', 'in-tension-with', 'russia', 'Russia']
 */
export function relationTable(
  index: DatasetIndex,
  shown: ReadonlySet<string>,
  language: string,
): CsvCell[][] {
  const rows: CsvCell[][] = [[...RELATION_COLUMNS, ...EXCERPT_COLUMNS]];
  for (const relation of index.dataset.relations) {
    if (!shown.has(relation.id)) continue;
    const { stance, quadClass, modality, arrows } = classifyRelation(relation);
    const sources = sourceCount(index, relation);
    const facts: CsvCell[] = [
      relation.id,
      relation.kind,
      relation.source,
      entityName(index, relation.source, language),
      relation.target,
      entityName(index, relation.target, language),
      arrows,
      stance,
      quadClass,
      relation.cameo ?? null,
      modality,
      relation.role === undefined ? null : pickText(relation.role, language),
      relation.start?.date ?? null,
      relation.end?.date ?? null,
      relation.confidence ?? null,
      sources.independent,
      sources.articles,
      relation.evidence.length,
    ];
    relation.evidence.forEach((evidence, i) => {
      rows.push([...facts, ...excerptCells(index, evidence, i + 1)]);
    });
  }
  return rows;
}
