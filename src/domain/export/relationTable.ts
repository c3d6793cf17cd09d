import { relationsOf, type DatasetIndex } from '../dataset/indexDataset.ts';
import type { RolledTie } from '../graph/rollUp.ts';
import { sourceCount } from '../evidence/sourceCount.ts';
import { classifyRelation } from '../relations/classifyRelation.ts';
import { entityName } from '../relations/relationTitle.ts';
import { pickText } from '../text/pickText.ts';
import type { CsvCell } from './csvText.ts';
import {
  EXCERPT_COLUMNS,
  attributeCells,
  attributeColumns,
  backingCells,
  excerptCells,
} from './excerptCells.ts';

export const RELATION_COLUMNS = [
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
  'rolled_up_count',
  'via_relation',
] as const;

/**
 * The shown relations as a table, one row per excerpt so each quote sits beside its
 * source: the relation's ends (ids and names in the chosen language), its kind,
 * direction, stance, QuadClass and CAMEO code, dates, source counts, then the
 * excerpt. Rows follow the dataset's order; the first row is the header. With
 * roll-up on, each drawn tie follows: one row per excerpt of each relation behind
 * it (named in via_relation), with the tie's count (meetings, or relations). An
 * imported relation without excerpts has a row per citation instead, and imported
 * `attributes` follow as columns of their own.
 * @example relationTable(index, new Set(['russia-west-tensions']), 'en')[1].slice(0, 4)
 * // ['russia-west-tensions', 'in-tension-with', 'russia', 'Russia']
 */
export function relationTable(
  index: DatasetIndex,
  shown: ReadonlySet<string>,
  language: string,
  ties: readonly RolledTie[] = [],
): CsvCell[][] {
  const own = [...RELATION_COLUMNS, ...EXCERPT_COLUMNS];
  const extra = attributeColumns(
    index.dataset.relations.filter((relation) => shown.has(relation.id)),
    own,
  );
  const rows: CsvCell[][] = [[...own, ...extra]];
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
      null,
      null,
    ];
    const attributes = attributeCells(relation, extra);
    for (const backing of backingCells(index, relation)) {
      rows.push([...facts, ...backing, ...attributes]);
    }
  }
  for (const tie of ties) {
    const behind = relationsOf(index, tie.relations);
    const excerpts = behind.reduce((n, relation) => n + relation.evidence.length, 0);
    // What a tie has no single value for (a CAMEO code, dates, sources) stays empty:
    // the rows of the relations behind it give them.
    const facts = (via: string): CsvCell[] => [
      tie.id,
      tie.kind,
      tie.source,
      entityName(index, tie.source, language),
      tie.target,
      entityName(index, tie.target, language),
      tie.arrows,
      tie.stance,
      null,
      null,
      tie.modality,
      null,
      null,
      null,
      null,
      null,
      null,
      excerpts,
      tie.count,
      via,
    ];
    let number = 0;
    for (const relation of behind)
      for (const evidence of relation.evidence)
        rows.push([
          ...facts(relation.id),
          ...excerptCells(index, evidence, (number += 1)),
          ...extra.map(() => null),
        ]);
  }
  return rows;
}
