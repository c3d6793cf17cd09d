import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { chunksToPreload } from './preloadAtStart.ts';

/** A bundle of chunks, each named by its file, holding the modules and imports given. */
function bundleOf(
  chunks: Record<string, { modules: string[]; imports?: string[]; css?: string[] }>,
): Rolldown.OutputBundle {
  return Object.fromEntries(
    Object.entries(chunks).map(([fileName, { modules, imports = [], css = [] }]) => [
      fileName,
      {
        type: 'chunk',
        fileName,
        moduleIds: modules.map((m) => `${process.cwd()}/${m}`),
        imports,
        viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
      } as unknown as Rolldown.OutputChunk,
    ]),
  );
}

const bundle = bundleOf({
  'assets/index.js': { modules: ['src/main.tsx'], imports: ['assets/runtime.js'] },
  'assets/runtime.js': { modules: ['runtime'] },
  'assets/showApp.js': {
    modules: ['src/app/showApp.tsx', 'node_modules/cytoscape/index.js'],
    imports: ['assets/runtime.js', 'assets/i18next.js'],
    css: ['assets/showApp.css'],
  },
  'assets/i18next.js': {
    modules: ['node_modules/i18next/index.js'],
    imports: ['assets/shared.js'],
  },
  'assets/shared.js': { modules: ['src/shared.ts'] },
  'assets/check.js': { modules: ['src/dataset/check.ts'], imports: ['assets/shared.js'] },
  'assets/later.js': { modules: ['src/features/later.ts'] },
});

describe('chunksToPreload', () => {
  it('lists a module’s chunk and what it imports, transitively, without what the page loads already', () => {
    const { scripts, styles } = chunksToPreload(
      bundle,
      ['src/app/showApp.tsx', 'src/dataset/check.ts'],
      new Set(['assets/index.js', 'assets/runtime.js']),
    );
    expect(scripts).toEqual([
      'assets/showApp.js',
      'assets/i18next.js',
      'assets/shared.js',
      'assets/check.js',
    ]);
    expect(styles).toEqual(['assets/showApp.css']);
  });

  it('says which module no chunk holds, instead of preloading nothing unnoticed', () => {
    expect(() => chunksToPreload(bundle, ['src/app/gone.tsx'], new Set())).toThrow(
      'no chunk holds src/app/gone.tsx',
    );
  });

  it('matches a whole path, not the end of a longer name', () => {
    expect(() => chunksToPreload(bundle, ['app/showApp.tsx'], new Set())).not.toThrow();
    expect(() => chunksToPreload(bundle, ['pp/showApp.tsx'], new Set())).toThrow();
  });
});
