// @vitest-environment happy-dom
import { expect, it, vi } from 'vitest';
import { renderInDocument } from '../../testSupport/renderInDocument.ts';
import { FacetGroup } from './FacetGroup.tsx';

// Fictional article names: synthetic test data.
const options = Array.from({ length: 300 }, (_, i) => ({
  value: `article-${i}`,
  label: `Synthetic bulletin ${i}`,
  count: i % 3,
}));

it('says each option’s count, each distinct count once, and checks the selected options', async () => {
  const countLabel = vi.fn((count: number) => `${count} items`);
  const { container, unmount } = await renderInDocument(
    <FacetGroup
      legend="Articles"
      options={options}
      selected={['article-1', 'article-299']}
      onToggle={() => undefined}
      countLabel={countLabel}
    />,
  );
  const counts = [...container.querySelectorAll('.facet-count')];
  expect(counts.map((c) => c.getAttribute('aria-label'))).toEqual(
    options.map((o) => `${o.count} items`),
  );
  expect(countLabel).toHaveBeenCalledTimes(3);
  const checked = [...container.querySelectorAll<HTMLInputElement>('input:checked')];
  expect(checked.map((c) => c.closest('label')?.textContent)).toEqual([
    'Synthetic bulletin 11',
    'Synthetic bulletin 2992',
  ]);
  await unmount();
});

it('shows options not yet counted without a count, and not as empty', async () => {
  const { container, unmount } = await renderInDocument(
    <FacetGroup
      legend="Kinds"
      options={[
        { value: 'state', label: 'State', count: null },
        { value: 'bloc', label: 'Bloc', count: 0 },
      ]}
      selected={null}
      onToggle={() => undefined}
      countLabel={(count) => `${count} items`}
    />,
  );
  const labels = [...container.querySelectorAll('label')];
  expect(labels.map((l) => [l.className, l.querySelector('.facet-count')?.textContent])).toEqual([
    ['facet', undefined],
    ['facet empty', '0'],
  ]);
  await unmount();
});
