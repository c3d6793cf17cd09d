import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { neighbourhoodOf, type DatasetIndex } from '../domain/dataset/indexDataset.ts';
import type { Selection } from '../store/selectionSlice.ts';
import { graphElements } from './graphElements.ts';
import { runLayout } from './graphLayout.ts';
import { graphStylesheet } from './graphStylesheet.ts';
import { GraphTooltip, type Hover } from './GraphTooltip.tsx';

interface GraphViewProps {
  index: DatasetIndex;
  language: string;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  onClear: () => void;
  /** The canvas's text alternative. */
  description: string;
}

/**
 * The Cytoscape adapter: one instance for the component's life, fed from the
 * dataset and the selection, reporting taps back as selections. All Cytoscape
 * glue of the app lives in this folder.
 */
export function GraphView({
  index,
  language,
  selection,
  onSelect,
  onClear,
  description,
}: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  // The dataset whose layout has been drawn; the graph is ready when it is the current one.
  const [drawnIndex, setDrawnIndex] = useState<DatasetIndex | null>(null);
  const isReady = drawnIndex === index;
  const handlers = useRef({ onSelect, onClear });
  useEffect(() => {
    handlers.current = { onSelect, onClear };
  });

  useEffect(() => {
    const instance = cytoscape({
      container: containerRef.current,
      style: graphStylesheet,
      minZoom: 0.2,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    const select = (event: EventObject) => {
      const target = event.target as cytoscape.SingularElementReturnValue;
      handlers.current.onSelect({ type: target.isNode() ? 'entity' : 'relation', id: target.id() });
    };
    const hoverOn = (event: EventObject) => {
      const target = event.target as cytoscape.SingularElementReturnValue;
      const at = event.renderedPosition;
      setHover({ id: target.id(), x: at.x, y: at.y });
    };
    instance.on('tap', 'node, edge', select);
    instance.on('tap', (event) => {
      if (event.target === instance) handlers.current.onClear();
    });
    instance.on('mouseover', 'node, edge', hoverOn);
    instance.on('mouseout', 'node, edge', () => setHover(null));
    instance.on('viewport', () => setHover(null));
    setCy(instance);
    return () => {
      instance.destroy();
      setCy(null);
    };
  }, []);

  useEffect(() => {
    if (cy === null) return;
    let isCurrent = true;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(graphElements(index, language));
    });
    void runLayout(cy).then(() => {
      if (!isCurrent) return;
      cy.one('render', () => performance.mark('diplograph:graph-drawn'));
      setDrawnIndex(index);
    });
    return () => {
      isCurrent = false;
    };
  }, [cy, index, language]);

  useEffect(() => {
    if (cy === null) return;
    cy.batch(() => {
      cy.elements().unselect().removeClass('faded');
      if (selection === null) return;
      const element = cy.getElementById(selection.id);
      if (element.empty()) return;
      element.select();
      const near = neighbourhoodOf(index, selection.id);
      cy.elements()
        .filter((e) => !near.has(e.id()))
        .addClass('faded');
    });
  }, [cy, index, selection, isReady]);

  return (
    <div className="graph-view">
      <div
        ref={containerRef}
        className="graph-canvas"
        role="img"
        aria-label={description}
        data-testid="graph-canvas"
        data-ready={isReady}
      />
      {hover !== null && <GraphTooltip index={index} hover={hover} language={language} />}
    </div>
  );
}
