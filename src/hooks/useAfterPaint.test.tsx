// @vitest-environment happy-dom
import { expect, it, vi } from 'vitest';
import { renderInDocument } from '../testSupport/renderInDocument.ts';
import { useAfterPaint } from './useAfterPaint.ts';

function Held({ value, initial }: { value: string; initial: string }) {
  return <p>{useAfterPaint(value, initial)}</p>;
}

function Shown({ value }: { value: string }) {
  return <p>{useAfterPaint(value)}</p>;
}

it('holds what it is given first until a frame has painted, then the value', async () => {
  const { container, unmount } = await renderInDocument(<Held value="counted" initial="none" />);
  expect(container.textContent).toBe('none');
  await vi.waitFor(() => expect(container.textContent).toBe('counted'));
  await unmount();
});

it('holds the value itself from the start when given nothing else', async () => {
  const { container, unmount } = await renderInDocument(<Shown value="counted" />);
  expect(container.textContent).toBe('counted');
  await unmount();
});
