/** Debian's Chromium driven by playwright-core: no browser download, no network. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { settings } from '../src/settings.ts';

export const CHROMIUM = settings().chromiumPath;

/** Flags that keep Chromium off the network and quiet on a machine with no internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium, or fails with what to install. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Launches headless Chromium with extra flags (e.g. `--lang=vi`). */
export async function launchBrowserWith(extraArgs: string[]): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
