// @vitest-environment happy-dom
import { act } from 'react';
import { expect, it } from 'vitest';
import { renderInDocument } from '../testSupport/renderInDocument.ts';
import { LONG_LIST_PAGE, LongList } from './LongList.tsx';

const names = (count: number) => Array.from({ length: count }, (_, i) => `tie ${i + 1}`);

it('shows a hub’s first page of ties and the next on request', async () => {
  const items = names(LONG_LIST_PAGE * 2 + 7);
  const { container, unmount } = await renderInDocument(
    <LongList items={items} keyOf={(item) => item} render={(item) => item} />,
  );
  expect(container.querySelectorAll('li')).toHaveLength(LONG_LIST_PAGE);
  const more = () => container.querySelector('button');
  expect(more()?.textContent).toBe(`Show 50 more (50 of ${items.length} shown)`);
  act(() => more()?.click());
  act(() => more()?.click());
  expect(container.querySelectorAll('li')).toHaveLength(items.length);
  expect(container.querySelector('li:last-child')?.textContent).toBe(items.at(-1));
  expect(more()).toBeNull();
  await unmount();
});

it('shows a short list whole, without a button', async () => {
  const { container, unmount } = await renderInDocument(
    <LongList items={names(3)} keyOf={(item) => item} render={(item) => item} />,
  );
  expect(container.querySelectorAll('li')).toHaveLength(3);
  expect(container.querySelector('button')).toBeNull();
  await unmount();
});
