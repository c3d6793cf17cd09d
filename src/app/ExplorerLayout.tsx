import { useDatasetIndex } from '../dataset/useDatasetIndex.ts';
import { pickText } from '../domain/text/pickText.ts';
import { DetailsPanel } from '../features/details/DetailsPanel.tsx';
import { EntityList } from '../features/entity-list/EntityList.tsx';
import { Legend } from '../features/legend/Legend.tsx';
import { ReaderDialog } from '../features/reader/ReaderDialog.tsx';
import { StatusLine } from '../features/status/StatusLine.tsx';
import { GraphView } from '../graph-view/GraphView.tsx';
import { useViewStore } from '../store/useViewStore.ts';

/** The explorer's panels: entities and legend, the graph, the details. */
export function ExplorerLayout() {
  const index = useDatasetIndex();
  const language = useViewStore((s) => s.language);
  const selection = useViewStore((s) => s.selection);
  const select = useViewStore((s) => s.select);
  const clearSelection = useViewStore((s) => s.clearSelection);
  const { dataset } = index;

  return (
    <div className="explorer">
      <header className="app-header">
        <h1>Diplograph</h1>
        <p className="dataset-title">
          {pickText(dataset.title, language)}
          {dataset.synthetic && <span className="badge badge-synthetic">synthetic data</span>}
        </p>
        <StatusLine />
      </header>
      <div className="sidebar">
        <EntityList />
      </div>
      <main className="graph-pane" aria-label="Graph">
        <GraphView
          index={index}
          language={language}
          selection={selection}
          onSelect={select}
          onClear={clearSelection}
          description={`Graph of ${dataset.entities.length} entities and ${dataset.relations.length} relations. The entity list and the details panel give the same information as text.`}
        />
        <Legend />
      </main>
      <DetailsPanel />
      <ReaderDialog />
    </div>
  );
}
