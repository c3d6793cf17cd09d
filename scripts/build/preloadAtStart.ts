import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

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
  const chunks = new Map<string, OutputChunk>();
  for (const item of Object.values(bundle))
    if (item.type === 'chunk') chunks.set(item.fileName, item);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (alreadyLoaded.has(chunk.fileName) || scripts.has(chunk.fileName)) return;
    scripts.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const name of chunk.imports) {
      const imported = chunks.get(name);
      if (imported !== undefined) visit(imported);
    }
  };
  for (const module of modules) {
    const chunk = [...chunks.values()].find((c) =>
      c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(`/${module}`)),
    );
    if (chunk === undefined) throw new Error(`preloadAtStart: no chunk holds ${module}`);
    visit(chunk);
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/** Every chunk the entry loads by itself: its own and its static imports, transitively. */
function entryChunks(bundle: OutputBundle, entry: OutputChunk): Set<string> {
  const found = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (found.has(fileName) || chunk?.type !== 'chunk') return;
    found.add(fileName);
    chunk.imports.forEach(visit);
  };
  visit(entry.fileName);
  return found;
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
