/** Builds the demo site once for every browser test and serves it on loopback. */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../../tools/build-site.ts';
import { serveStatic } from '../../../tools/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const build = await buildSite({ asOf: '2026-11-22' });
  if (build.status !== 0) throw new Error(`the demo site did not build:\n${build.stderr}`);
  const site = await serveStatic(build.outDir);
  project.provide('siteUrl', site.url);
  project.provide('siteDir', build.outDir);
  return () => site.close();
}
