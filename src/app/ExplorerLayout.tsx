import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AfterTheGraph } from '../components/AfterTheGraph.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { ComparePanel } from '../features/compare/ComparePanel.tsx';
import { AnnotateButton } from '../features/annotate/AnnotateButton.tsx';
import { DatasetSwitcher } from '../features/datasets/DatasetSwitcher.tsx';
import { ExternalDataBanner } from '../features/datasets/ExternalDataBanner.tsx';
import { DetailsPanel } from '../features/details/DetailsPanel.tsx';
import { EvidenceList } from '../features/details/EvidenceList.tsx';
import { EntityList } from '../features/entity-list/EntityList.tsx';
import { ExportMenu } from '../features/export/ExportMenu.tsx';
import { FiltersPanel } from '../features/filters/FiltersPanel.tsx';
import { LensBar } from '../features/filters/LensBar.tsx';
import { FocusBar } from '../features/focus/FocusBar.tsx';
import { Legend } from '../features/legend/Legend.tsx';
import { NameLanguageSwitch } from '../features/language/NameLanguageSwitch.tsx';
import { Notices } from '../features/notices/Notices.tsx';
import { closeGroup } from '../features/overview/closeGroup.ts';
import { OverviewBar } from '../features/overview/OverviewBar.tsx';
import { PanelFold } from '../features/panels/PanelFold.tsx';
import { PathsPanel } from '../features/paths/PathsPanel.tsx';
import { PinsBar } from '../features/pins/PinsBar.tsx';
import { ReaderDialog } from '../features/reader/ReaderDialog.tsx';
import { RollUpToggle } from '../features/rollup/RollUpToggle.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { CopyLinkButton } from '../features/share/CopyLinkButton.tsx';
import { StatusLine } from '../features/status/StatusLine.tsx';
import { GraphTable } from '../features/table/GraphTable.tsx';
import { PresentationSwitch } from '../features/table/PresentationSwitch.tsx';
import { ThemeSwitch } from '../features/theme/ThemeSwitch.tsx';
import { Timeline } from '../features/timeline/Timeline.tsx';
import { GraphView } from '../graph-view/GraphView.tsx';
import type { GraphPicture } from '../graph-view/graphPicture.ts';
import { useGraphActivity } from '../store/useGraphActivity.ts';
import { useFoldArticlesWhenIdle } from '../dataset/useMentions.ts';
import { useNameLanguage } from '../store/useNameLanguage.ts';
import { useTheme } from '../store/useTheme.ts';
import { usePaths } from '../store/usePaths.ts';
import { useViewStore } from '../store/useViewStore.ts';
import { useVisibleGraph } from '../store/useVisibleGraph.ts';
import { useDrawnOverview } from './useDrawnOverview.ts';
import { useComparedMarks } from './useComparedMarks.ts';
import { useDrawnTies } from './useDrawnTies.ts';

const NOTHING: readonly string[] = [];
const NO_TIES: ReturnType<typeof useDrawnTies> = [];

/** The explorer's panels: search, lenses and filters; the graph; the details. */
export function ExplorerLayout() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const theme = useTheme();
  const visible = useVisibleGraph();
  const view = useViewStore((s) => s.view);
  const centreRequest = useViewStore((s) => s.centreRequest);
  const fitRequest = useViewStore((s) => s.fitRequest);
  const evidenceHighlight = useViewStore((s) => s.evidenceHighlight);
  const paths = usePaths();
  const pinRequest = useViewStore((s) => s.pinRequest);
  const overview = useDrawnOverview();
  // The overview groups what roll-up would tie: its ties are not drawn over it.
  const rolledTies = useDrawnTies();
  const ties = overview === null ? rolledTies : NO_TIES;
  const compared = useComparedMarks();
  useFoldArticlesWhenIdle(
    index,
    useGraphActivity((s) => s.activity !== null),
  );
  const { select, clearSelection, setViewport, resetView, pin } = useViewStore.getState();
  const { dataset } = index;
  // The graph's pictures, for the export menu; null while the table is shown.
  const picture = useRef<GraphPicture | null>(null);

  return (
    <div
      className="explorer"
      data-folded={view.folded.join(' ')}
      data-selected={view.selected !== null}
    >
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <DatasetSwitcher />
        {dataset.synthetic && <span className="badge badge-synthetic">{t('app.synthetic')}</span>}
        <ExternalDataBanner />
        <SearchBox />
        <NameLanguageSwitch />
        <ThemeSwitch />
        <CopyLinkButton />
        <ExportMenu picture={picture} />
        <AnnotateButton />
      </header>
      <Notices />
      <div className="sidebar">
        <PanelFold panel="filters">
          <ErrorBoundary name={t('app.panel.sidebar')} onReset={resetView}>
            <RollUpToggle />
            <AfterTheGraph>
              <EntityList />
              <FiltersPanel />
            </AfterTheGraph>
          </ErrorBoundary>
          <ErrorBoundary name={t('app.panel.legend')} onReset={resetView}>
            <PanelFold panel="legend">
              <AfterTheGraph>
                <Legend />
              </AfterTheGraph>
            </PanelFold>
          </ErrorBoundary>
        </PanelFold>
      </div>
      <main className="graph-pane" aria-label={t('app.graphRegion')}>
        <ErrorBoundary name={t('app.panel.graph')} onReset={resetView}>
          <div className="graph-toolbar">
            <LensBar />
            <PresentationSwitch />
            <StatusLine />
          </div>
          <FocusBar />
          <PinsBar />
          <OverviewBar />
          {view.show === 'table' ? (
            <GraphTable ties={ties} />
          ) : (
            <GraphView
              index={index}
              language={language}
              layout={view.layout}
              visible={visible}
              selected={view.selected}
              highlighted={evidenceHighlight?.ids ?? NOTHING}
              path={paths?.drawn ?? NOTHING}
              viewport={view.viewport}
              centreRequest={centreRequest}
              fitRequest={fitRequest}
              onSelect={select}
              onClear={clearSelection}
              onViewportChange={setViewport}
              description={t('graph.description', {
                entities: t('status.entities', { count: visible.entities.size }),
                relations: t('status.relations', { count: visible.relations.size + ties.length }),
              })}
              theme={theme}
              hedgedMark={t('graph.hedgedMark')}
              ties={ties}
              pins={view.pins}
              pinRequest={pinRequest}
              renderer={view.renderer}
              onPin={pin}
              overview={overview}
              onOpenGroup={useViewStore.getState().openGroup}
              onCloseGroup={(key) => {
                if (overview !== null) closeGroup(key, overview.graph, index);
              }}
              // Drawing every entity can be stopped, back to the overview it was asked from.
              onCancelDrawing={
                view.drawAll ? () => useViewStore.getState().setDrawAll(false) : undefined
              }
              pictureRef={picture}
              onActivityChange={useGraphActivity.getState().setActivity}
              compared={compared}
              wholeGraphLabel={t('panels.wholeGraph')}
              mapLabels={{ notPlaced: (count) => t('graph.mapNotPlaced', { count }) }}
            />
          )}
          <PathsPanel
            renderEvidence={(relation) => (
              <EvidenceList evidence={relation.evidence} headingLevel={5} owner={relation.id} />
            )}
          />
          <PanelFold panel="timeline">
            <Timeline />
          </PanelFold>
          <ComparePanel
            renderEvidence={(relation) => (
              <EvidenceList evidence={relation.evidence} headingLevel={5} owner={relation.id} />
            )}
          />
        </ErrorBoundary>
      </main>
      <ErrorBoundary name={t('app.panel.details')} onReset={resetView}>
        <DetailsPanel />
      </ErrorBoundary>
      <ErrorBoundary name={t('app.panel.reader')} onReset={resetView}>
        <ReaderDialog />
      </ErrorBoundary>
    </div>
  );
}
