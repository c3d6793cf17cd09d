import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../domain/dates/formatDate.ts';
import { classifyRelation } from '../../domain/relations/classifyRelation.ts';
import { entityName } from '../../domain/relations/relationTitle.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useVisibleGraph } from '../../store/useVisibleGraph.ts';
import type { RolledTie } from '../../domain/graph/rollUp.ts';
import type { LonLat, MapBasis } from '../../domain/geo/placeOnMap.ts';
import './table.css';
import { numberFormat } from '../../domain/text/intlFormats.ts';

// Rendering tens of thousands of rows at once would freeze the tab; the first rows
// show until the analyst asks for all (search and filters narrow the rest).
const ROW_LIMIT = 200;

const degrees = ([lon, lat]: LonLat) =>
  `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`;

function ShowAll({ count, onClick }: { count: number; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="link-button" onClick={onClick}>
      {t('table.showAll', { count })}
    </button>
  );
}

/**
 * The visible entities and relations as tables, in step with the graph: the same
 * filters, the same selection, and with roll-up on the same ties; selecting a row
 * selects it in the graph.
 */
export function GraphTable({
  ties: drawnTies,
}: {
  /** The rolled-up ties the graph draws, worded; empty while roll-up is off. */
  ties: readonly (Pick<RolledTie, 'id' | 'source' | 'target' | 'stance'> & {
    title: string;
    label: string;
  })[];
}) {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const visible = useVisibleGraph();
  const language = useNameLanguage();
  const selectedId = useViewStore((s) => s.view.selected);
  const select = useViewStore((s) => s.select);
  const [showAll, setShowAll] = useState({ entities: false, relations: false });
  const onMap = useViewStore((s) => s.view.layout === 'map');
  // With the map layout, the coordinates each entity is drawn at, loaded with the map.
  const [map, setMap] = useState<{
    index: typeof index;
    basis: ReadonlyMap<string, MapBasis>;
  } | null>(null);
  useEffect(() => {
    if (!onMap) return;
    let live = true;
    void import('../../domain/geo/countryPoints.ts').then((module) => {
      if (live) setMap({ index, basis: module.mapBasis(index.dataset) });
    });
    return () => {
      live = false;
    };
  }, [onMap, index]);
  const basis = onMap && map?.index === index ? map.basis : null;
  /** Where the map draws an entity, and why, in words: the coordinates it used. */
  const describeBasis = (where: MapBasis | undefined): string => {
    if (where === undefined || where.kind === 'not-placed') return t('table.mapNotPlaced');
    if (where.kind === 'country')
      return where.capital === null
        ? t('table.mapAtCountry', { at: degrees(where.at), country: where.country })
        : t('table.mapAtCapital', {
            at: degrees(where.at),
            capital: where.capital,
            country: where.country,
          });
    if (where.kind === 'place') return t('table.mapAtPlace', { at: degrees(where.at) });
    const of = where.of
      .map((id) => {
        const entity = index.entityById.get(id);
        return entity === undefined ? id : pickText(entity.name, language);
      })
      .join(', ');
    return where.kind === 'members'
      ? t('table.mapAtMembers', { at: degrees(where.at), of })
      : t('table.mapBeside', { at: degrees(where.at), of });
  };

  const entities = useMemo(() => {
    const ties = new Map<string, number>();
    const count = (end: { source: string; target: string }) => {
      ties.set(end.source, (ties.get(end.source) ?? 0) + 1);
      ties.set(end.target, (ties.get(end.target) ?? 0) + 1);
    };
    for (const id of visible.relations) {
      const relation = index.relationById.get(id);
      if (relation !== undefined) count(relation);
    }
    for (const tie of drawnTies) count(tie);
    const collator = new Intl.Collator(language);
    return index.dataset.entities
      .filter((e) => visible.entities.has(e.id))
      .map((e) => ({
        id: e.id,
        name: pickText(e.name, language),
        kind: t(`terms.entityKind.${e.kind}`, { count: 1 }),
        ties: ties.get(e.id) ?? 0,
        isDimmed: visible.dimmed.has(e.id),
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [index, visible, drawnTies, language, t]);

  const relations = useMemo(
    () =>
      index.dataset.relations
        .filter((r) => visible.relations.has(r.id))
        .map((r) => {
          const { stance, quadClass } = classifyRelation(r);
          const date = r.start?.date ?? null;
          return {
            id: r.id,
            source: entityName(index, r.source, language),
            kind: t(`terms.relationKind.${r.kind}`),
            target: entityName(index, r.target, language),
            stance:
              quadClass === null ? t(`terms.stance.${stance}`) : t(`terms.quadClass.${quadClass}`),
            date: date === null ? null : formatDate(date, language, 'medium'),
            excerpts: r.evidence.length,
          };
        }),
    [index, visible, language, t],
  );

  const number = numberFormat(language);
  const shownEntities = showAll.entities ? entities : entities.slice(0, ROW_LIMIT);
  const shownRelations = showAll.relations ? relations : relations.slice(0, ROW_LIMIT);
  const rowClass = (id: string) => (id === selectedId ? 'selected' : undefined);

  if (entities.length === 0)
    return (
      <p className="graph-table unknown" data-testid="graph-table">
        {t('table.nothing')}
      </p>
    );
  return (
    <div className="graph-table" data-testid="graph-table">
      <table>
        <caption>{t('table.entitiesCaption', { count: entities.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.ties')}</th>
            {basis !== null && <th scope="col">{t('table.mapPlace')}</th>}
          </tr>
        </thead>
        <tbody>
          {shownEntities.map((e) => (
            <tr key={e.id} className={rowClass(e.id)}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-current={e.id === selectedId ? 'true' : undefined}
                  onClick={() => select(e.id)}
                >
                  {e.name}
                </button>
                {e.isDimmed && <span className="table-note">{t('table.dimmed')}</span>}
              </th>
              <td>{e.kind}</td>
              <td className="numeric">{number.format(e.ties)}</td>
              {basis !== null && <td>{describeBasis(basis.get(e.id))}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {shownEntities.length < entities.length && (
        <ShowAll
          count={entities.length}
          onClick={() => setShowAll({ ...showAll, entities: true })}
        />
      )}
      <table>
        <caption>{t('table.relationsCaption', { count: relations.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.source')}</th>
            <th scope="col">{t('table.relation')}</th>
            <th scope="col">{t('table.target')}</th>
            <th scope="col">{t('table.stance')}</th>
            <th scope="col">{t('table.date')}</th>
            <th scope="col">{t('table.excerpts')}</th>
          </tr>
        </thead>
        <tbody>
          {shownRelations.map((r) => (
            <tr key={r.id} className={rowClass(r.id)}>
              <td>{r.source}</td>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-current={r.id === selectedId ? 'true' : undefined}
                  onClick={() => select(r.id)}
                >
                  {r.kind}
                </button>
              </th>
              <td>{r.target}</td>
              <td>{r.stance}</td>
              <td>{r.date ?? <span className="unknown">{t('table.unknownDate')}</span>}</td>
              <td className="numeric">{number.format(r.excerpts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shownRelations.length < relations.length && (
        <ShowAll
          count={relations.length}
          onClick={() => setShowAll({ ...showAll, relations: true })}
        />
      )}
      {drawnTies.length > 0 && (
        <table>
          <caption>{t('table.tiesCaption', { count: drawnTies.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.tie')}</th>
              <th scope="col">{t('table.tieCount')}</th>
              <th scope="col">{t('table.stance')}</th>
            </tr>
          </thead>
          <tbody>
            {drawnTies.map((tie) => (
              <tr key={tie.id} className={rowClass(tie.id)}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-current={tie.id === selectedId ? 'true' : undefined}
                    onClick={() => select(tie.id)}
                  >
                    {tie.title}
                  </button>
                </th>
                <td>{tie.label}</td>
                <td>{t(`terms.stance.${tie.stance}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
