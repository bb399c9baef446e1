/**
 * The layer order of docs/ARCHITECTURE.md, checked by `npm run deps` (and by `npm run lint`, so CI):
 * src/lib/{base → law → ingest → domain → present}; a module may import its own layer and the ones
 * below, never one above; no two folders of src/lib import each other, directly or around a loop;
 * src/i18n imports nothing of the project; the library never imports pages, settings, tools or tests;
 * scripts never import tests.
 */
const LAYERS = ['base', 'law', 'ingest', 'domain', 'present'];
const above = (layer) => LAYERS.slice(LAYERS.indexOf(layer) + 1);

module.exports = {
  forbidden: [
    ...LAYERS.filter((l) => above(l).length > 0).map((layer) => ({
      name: `layer-${layer}`,
      comment: `src/lib/${layer} may not import ${above(layer).join(', ')} (docs/ARCHITECTURE.md)`,
      severity: 'error',
      from: { path: `^src/lib/${layer}/` },
      to: { path: `^src/lib/(${above(layer).join('|')})/` },
    })),
    {
      name: 'no-folder-cycle',
      comment: 'two folders of src/lib import each other, directly or around a loop',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/lib/' },
      to: { path: '^src/lib/', circular: true },
    },
    {
      name: 'i18n-imports-nothing',
      comment: 'src/i18n is the bottom: every layer reads it, it reads none',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^(src/(lib|data|pages|components|layouts|integrations|settings)|scripts|tools|cms|test)' },
    },
    {
      name: 'lib-takes-parameters',
      comment: 'the library takes settings and data as parameters: no pages, Astro glue, settings, tools or tests',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^(src/(data|pages|components|layouts|integrations|settings\\.ts)|scripts|tools|test|cms)' },
    },
    {
      name: 'no-test-code-outside-tests',
      comment: 'scripts, tools and the site never import test code (shared helpers live in tools/)',
      severity: 'error',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
    {
      name: 'scripts-and-bench-apart',
      comment: 'bench/ and scripts/ do not import each other (shared pieces live in tools/)',
      severity: 'error',
      from: { path: '^(scripts|bench)/' },
      to: { path: '^(scripts|bench)/', pathNot: '^$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js'] },
  },
};
