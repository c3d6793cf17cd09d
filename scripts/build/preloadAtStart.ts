import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The chunks of a bundle by file name (its assets left out). */
function chunksOf(bundle: OutputBundle): Map<string, OutputChunk> {
  const chunks = new Map<string, OutputChunk>();
  for (const item of Object.values(bundle))
    if (item.type === 'chunk') chunks.set(item.fileName, item);
  return chunks;
}

/** Adds `start` and every chunk it imports statically, transitively, but none of `skip`. */
function addWithImports(
  chunks: ReadonlyMap<string, OutputChunk>,
  start: OutputChunk,
  skip: ReadonlySet<string>,
  found: Map<string, OutputChunk>,
): void {
  if (skip.has(start.fileName) || found.has(start.fileName)) return;
  found.set(start.fileName, start);
  for (const name of start.imports) {
    const imported = chunks.get(name);
    if (imported !== undefined) addWithImports(chunks, imported, skip, found);
  }
}

/**
 * The chunks a lazily imported module needs, with their stylesheets: its own chunk
 * and every chunk it imports statically, minus those the page already asks for.
 * `modules` are paths from the project's root, as `src/app/showApp.tsx`.
 */
export function chunksToPreload(
  bundle: OutputBundle,
  modules: readonly string[],
  alreadyLoaded: ReadonlySet<string>,
): { scripts: string[]; styles: string[] } {
  const chunks = chunksOf(bundle);
  const found = new Map<string, OutputChunk>();
  for (const module of modules) {
    const chunk = [...chunks.values()].find((c) =>
      c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(`/${module}`)),
    );
    if (chunk === undefined) throw new Error(`preloadAtStart: no chunk holds ${module}`);
    addWithImports(chunks, chunk, alreadyLoaded, found);
  }
  const styles = [...found.values()].flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]);
  return { scripts: [...found.keys()], styles: [...new Set(styles)] };
}

/** Every chunk the entry loads by itself: its own and its static imports, transitively. */
function entryChunks(bundle: OutputBundle, entry: OutputChunk): Set<string> {
  const found = new Map<string, OutputChunk>();
  addWithImports(chunksOf(bundle), entry, new Set(), found);
  return new Set(found.keys());
}

/**
 * Asks for lazily imported chunks from the HTML, so that they download beside the
 * entry instead of after it has run. The entry stays small and starts the dataset's
 * load at once; the explorer's chunk, which it imports, is already on its way.
 * (Vite preloads a dynamic import's dependencies only when the import runs.)
 */
export function preloadAtStartPlugin(modules: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'diplograph:preload-at-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk }) {
        if (bundle === undefined || chunk === undefined) return html;
        const { scripts, styles } = chunksToPreload(bundle, modules, entryChunks(bundle, chunk));
        const tags: HtmlTagDescriptor[] = [
          ...scripts.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
          ...styles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
        ];
        return { html, tags };
      },
    },
  };
}
