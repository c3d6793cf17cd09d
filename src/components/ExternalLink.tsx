import type { ReactNode } from 'react';
import { isHttpUrl } from '../domain/articles/isHttpUrl.ts';

/** A link out of the app, drawn only for http(s) URLs; anything else shows as text. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isHttpUrl(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
