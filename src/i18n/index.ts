/**
 * Every text a person reads — on the site, in the CMS, in an error — comes from `vi.ts` through `t()`.
 * Keys are flat and dotted; parameters are written `{name}`.
 */
import { vi, type MessageKey } from './vi.ts';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

/** The Vietnamese text for a key, with `{param}` placeholders filled in. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const template: string = vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
