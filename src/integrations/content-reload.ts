/**
 * Live reload in `npm run dev`: when a file of the content root changes (an editor saved in the CMS),
 * the shared load is forgotten, Astro's cache of static paths is cleared, and open pages reload, so the
 * next request reads the content again (src/data/views.ts).
 */
import type { AstroIntegration } from 'astro';
import { forgetContent } from '../data/content-cache.ts';

/** The integration; `root` is the content root's absolute path. */
export function contentReload(root: string): AstroIntegration {
  return {
    name: 'doi-thoai:content-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.watcher.add(root);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(root)) return;
          forgetContent(root);
          // What Astro does when its own content changes: the server environments drop their route cache…
          for (const [name, environment] of Object.entries(server.environments)) {
            if (name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          // …and the browser reloads.
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}
