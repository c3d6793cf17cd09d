// @vitest-environment happy-dom
import { useLayoutEffect } from 'react';
import { expect, it } from 'vitest';
import { renderInDocument } from '../testSupport/renderInDocument.ts';
import { AfterTheGraph } from './AfterTheGraph.tsx';

it('commits what is beside it first, and its children in a pass of their own', async () => {
  const atFirstCommit: string[] = [];
  function Graph() {
    // What the page holds when the graph mounts (the graph view creates Cytoscape here).
    useLayoutEffect(() => {
      atFirstCommit.push(document.body.textContent);
    }, []);
    return <p>graph</p>;
  }
  const { container, unmount } = await renderInDocument(
    <>
      <Graph />
      <AfterTheGraph>
        <p>entity list</p>
      </AfterTheGraph>
    </>,
  );
  expect(atFirstCommit).toEqual(['graph']);
  expect(container.textContent).toBe('graphentity list');
  await unmount();
});
