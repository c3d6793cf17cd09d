import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { DatasetSwitcher } from '../features/datasets/DatasetSwitcher.tsx';
import { ExternalDataBanner } from '../features/datasets/ExternalDataBanner.tsx';
import { DetailsPanel } from '../features/details/DetailsPanel.tsx';
import { EntityList } from '../features/entity-list/EntityList.tsx';
import { FiltersPanel } from '../features/filters/FiltersPanel.tsx';
import { LensBar } from '../features/filters/LensBar.tsx';
import { FocusBar } from '../features/focus/FocusBar.tsx';
import { Legend } from '../features/legend/Legend.tsx';
import { NameLanguageSwitch } from '../features/language/NameLanguageSwitch.tsx';
import { Notices } from '../features/notices/Notices.tsx';
import { PinsBar } from '../features/pins/PinsBar.tsx';
import { ReaderDialog } from '../features/reader/ReaderDialog.tsx';
import { RollUpToggle } from '../features/rollup/RollUpToggle.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { CopyLinkButton } from '../features/share/CopyLinkButton.tsx';
import { StatusLine } from '../features/status/StatusLine.tsx';
import { GraphView } from '../graph-view/GraphView.tsx';
import { useNameLanguage } from '../store/useNameLanguage.ts';
import { useViewStore } from '../store/useViewStore.ts';
import { useVisibleGraph } from '../store/useVisibleGraph.ts';
import { useDrawnTies } from './useDrawnTies.ts';

const NOTHING: readonly string[] = [];

/** The explorer's panels: search, lenses and filters; the graph; the details. */
export function ExplorerLayout() {
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const visible = useVisibleGraph();
  const view = useViewStore((s) => s.view);
  const centreRequest = useViewStore((s) => s.centreRequest);
  const fitRequest = useViewStore((s) => s.fitRequest);
  const evidenceHighlight = useViewStore((s) => s.evidenceHighlight);
  const pinRequest = useViewStore((s) => s.pinRequest);
  const ties = useDrawnTies();
  const { select, clearSelection, setViewport, resetView, pin } = useViewStore.getState();
  const { dataset } = index;

  return (
    <div className="explorer">
      <header className="app-header">
        <h1>Diplograph</h1>
        <DatasetSwitcher />
        {dataset.synthetic && <span className="badge badge-synthetic">synthetic data</span>}
        <ExternalDataBanner />
        <SearchBox />
        <NameLanguageSwitch />
        <CopyLinkButton />
        <StatusLine />
      </header>
      <Notices />
      <div className="sidebar">
        <ErrorBoundary name="The entity list and filters" onReset={resetView}>
          <RollUpToggle />
          <EntityList />
          <FiltersPanel />
        </ErrorBoundary>
      </div>
      <main className="graph-pane" aria-label="Graph">
        <ErrorBoundary name="The graph" onReset={resetView}>
          <LensBar />
          <FocusBar />
          <PinsBar />
          <GraphView
            index={index}
            language={language}
            layout={view.layout}
            visible={visible}
            selected={view.selected}
            highlighted={evidenceHighlight?.ids ?? NOTHING}
            viewport={view.viewport}
            centreRequest={centreRequest}
            fitRequest={fitRequest}
            onSelect={select}
            onClear={clearSelection}
            onViewportChange={setViewport}
            ties={ties}
            pins={view.pins}
            pinRequest={pinRequest}
            onPin={pin}
            description={`Graph of ${visible.entities.size} entities and ${visible.relations.size + ties.length} relations. The entity list and the details panel give the same information as text.`}
          />
          <Legend />
        </ErrorBoundary>
      </main>
      <ErrorBoundary name="The details panel" onReset={resetView}>
        <DetailsPanel />
        <ReaderDialog />
      </ErrorBoundary>
    </div>
  );
}
