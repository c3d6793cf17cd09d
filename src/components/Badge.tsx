import type { ReactNode } from 'react';

/** A small label such as "hedged" or "official"; the tone only adds colour to the words. */
export function Badge({ tone, children }: { tone?: string; children: ReactNode }) {
  return <span className={`badge${tone === undefined ? '' : ` badge-${tone}`}`}>{children}</span>;
}
