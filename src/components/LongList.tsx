import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How many items a long list shows at first, and adds per "Show more". */
export const LONG_LIST_PAGE = 50;

interface LongListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  className?: string;
}

/**
 * A list that renders its first LONG_LIST_PAGE items and a button for the next page:
 * the details of a hub with thousands of ties open at once and grow on request.
 * Starts over when it is given another list.
 */
export function LongList<T>({ items, keyOf, render, className }: LongListProps<T>) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ items, shown: LONG_LIST_PAGE });
  const shown = page.items === items ? page.shown : LONG_LIST_PAGE;
  const rest = items.length - shown;
  return (
    <>
      <ul className={className}>
        {items.slice(0, shown).map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ul>
      {rest > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => setPage({ items, shown: shown + LONG_LIST_PAGE })}
        >
          {t('longList.showMore', {
            count: Math.min(rest, LONG_LIST_PAGE),
            shown,
            total: items.length,
          })}
        </button>
      )}
    </>
  );
}
