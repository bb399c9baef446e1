/**
 * Every text a person reads — on the site, in the CMS, in an error — comes from `vi.ts` through `t()`.
 * Keys are flat and dotted; parameters are written `{name}` and typed from the text itself: a call
 * must give every parameter its message names (Decap's own `{{name}}` placeholders are left alone).
 */
import { vi, type MessageKey } from './vi.ts';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

/** The names of a message's `{name}` placeholders. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `{${string}` ? never : Name) | Placeholders<Rest>
  : never;

/** The parameters a message takes, by key. */
export type ParamsOf<K extends MessageKey> = { [Name in Placeholders<(typeof vi)[K]>]: string | number };

/** No argument for a message without placeholders; its parameters, all of them, otherwise. A key only known as `MessageKey` takes any. */
type ParamsArgument<K extends MessageKey> = MessageKey extends K
  ? [params?: MessageParams]
  : [Placeholders<(typeof vi)[K]>] extends [never]
    ? []
    : [params: ParamsOf<K>];

/** The placeholders of a message, at run time (the i18n test checks every call against them). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1]!);
}

/** The Vietnamese text for a key, with `{param}` placeholders filled in. */
export function t<K extends MessageKey>(key: K, ...args: ParamsArgument<K>): string {
  const params: MessageParams = args[0] ?? {};
  const template: string = vi[key];
  return template.replace(/(?<!\{)\{(\w+)\}(?!\})/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
