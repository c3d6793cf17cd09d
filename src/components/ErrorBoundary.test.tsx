// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderInDocument } from '../testSupport/renderInDocument.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

// What the panel below reads; "Reset view" puts it back.
let selected = 'trap';

function FragilePanel() {
  if (selected === 'trap') throw new Error('no way to draw "trap"');
  return <p>Selected: {selected}</p>;
}

beforeEach(() => {
  selected = 'trap';
  // React reports the errors that a boundary caught; here they are expected.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

it('shows which panel failed and why, with a way back, instead of a blank page', async () => {
  const onReset = vi.fn(() => {
    selected = 'nothing';
  });
  const { container, unmount } = await renderInDocument(
    <>
      <h1>Still here</h1>
      <ErrorBoundary name="The test panel" onReset={onReset}>
        <FragilePanel />
      </ErrorBoundary>
    </>,
  );
  expect(container.querySelector('h1')?.textContent).toBe('Still here');
  expect(container.querySelector('[role="alert"] p')?.textContent).toBe(
    'The test panel could not be shown: no way to draw "trap"',
  );
  await act(async () => {
    container.querySelector('button')!.click();
    await Promise.resolve();
  });
  expect(onReset).toHaveBeenCalledOnce();
  expect(container.querySelector('[role="alert"]')).toBeNull();
  expect(container.textContent).toContain('Selected: nothing');
  await unmount();
});
