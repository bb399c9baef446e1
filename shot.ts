import { serveStatic } from './tools/static-server.ts';
import { launchBrowser } from './tools/browser.ts';
const [dir, ...paths] = process.argv.slice(2);
const site = await serveStatic(dir!, '/doi-thoai-doanh-nghiep/');
const browser = await launchBrowser();
for (const p of paths) {
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.url + p);
    const name = `/tmp/i12-shot-${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
    await page.close();
  }
}
await browser.close();
await site.close();
