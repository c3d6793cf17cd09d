import { useRef } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { DatasetSwitcher } from '../features/datasets/DatasetSwitcher.tsx';
import { ExternalDataBanner } from '../features/datasets/ExternalDataBanner.tsx';
import { DetailsPanel } from '../features/details/DetailsPanel.tsx';
import { EntityList } from '../features/entity-list/EntityList.tsx';
import { ExportMenu } from '../features/export/ExportMenu.tsx';
import { FiltersPanel } from '../features/filters/FiltersPanel.tsx';
import { LensBar } from '../features/filters/LensBar.tsx';
import { FocusBar } from '../features/focus/FocusBar.tsx';
import { Legend } from '../features/legend/Legend.tsx';
import { NameLanguageSwitch } from '../features/language/NameLanguageSwitch.tsx';
import { Notices } from '../features/notices/Notices.tsx';
import { ReaderDialog } from '../features/reader/ReaderDialog.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { CopyLinkButton } from '../features/share/CopyLinkButton.tsx';
import { StatusLine } from '../features/status/StatusLine.tsx';
import { GraphTable } from '../features/table/GraphTable.tsx';
import { PresentationSwitch } from '../features/table/PresentationSwitch.tsx';
import { ThemeSwitch } from '../features/theme/ThemeSwitch.tsx';
import { GraphView } from '../graph-view/GraphView.tsx';
import type { GraphPicture } from '../graph-view/graphPicture.ts';
import { useNameLanguage } from '../store/useNameLanguage.ts';
import { useTheme } from '../store/useTheme.ts';
import { useViewStore } from '../store/useViewStore.ts';
import { useVisibleGraph } from '../store/useVisibleGraph.ts';

const NOTHING: readonly string[] = [];

/** The explorer's panels: search, lenses and filters; the graph; the details. */
export function ExplorerLayout() {
  const index = useDatasetIndex();
  const language = useNameLanguage();
  const theme = useTheme();
  const visible = useVisibleGraph();
  const view = useViewStore((s) => s.view);
  const centreRequest = useViewStore((s) => s.centreRequest);
  const fitRequest = useViewStore((s) => s.fitRequest);
  const evidenceHighlight = useViewStore((s) => s.evidenceHighlight);
  const { select, clearSelection, setViewport, resetView } = useViewStore.getState();
  const { dataset } = index;
  // The graph's pictures, for the export menu; null while the table is shown.
  const picture = useRef<GraphPicture | null>(null);

  return (
    <div className="explorer">
      <header className="app-header">
        <h1>Diplograph</h1>
        <DatasetSwitcher />
        {dataset.synthetic && <span className="badge badge-synthetic">synthetic data</span>}
        <ExternalDataBanner />
        <SearchBox />
        <NameLanguageSwitch />
        <ThemeSwitch />
        <CopyLinkButton />
        <ExportMenu picture={picture} />
        <StatusLine />
      </header>
      <Notices />
      <div className="sidebar">
        <ErrorBoundary name="The entity list and filters" onReset={resetView}>
          <EntityList />
          <FiltersPanel />
        </ErrorBoundary>
      </div>
      <main className="graph-pane" aria-label="Graph">
        <ErrorBoundary name="The graph" onReset={resetView}>
          <LensBar />
          <FocusBar />
          <PresentationSwitch />
          {view.show === 'table' ? (
            <GraphTable />
          ) : (
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
              description={`Graph of ${visible.entities.size} entities and ${visible.relations.size} relations. The entity list and the details panel give the same information as text.`}
              theme={theme}
              pictureRef={picture}
            />
          )}
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
