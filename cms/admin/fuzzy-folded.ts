/**
 * The `fuzzy` package as Decap imports it (cms/bundle.ts points its imports here), comparing text folded
 * as the public search folds it: "kho lanh" finds "kho lạnh", "dat dai" finds "Đất đai". Scores and
 * order are fuzzy's own; only both sides of the comparison are folded.
 */
import * as fuzzy from 'fuzzy';
import { foldForSearch } from '../../src/lib/base/text/slug.ts';

type Options<T> = { pre?: string; post?: string; caseSensitive?: boolean; extract?: (element: T) => string };

const fold = (text: unknown) => foldForSearch(String(text ?? ''));

export function simpleFilter(pattern: string, array: string[]): string[] {
  const folded = fold(pattern);
  return array.filter((s) => fuzzy.test(folded, fold(s)));
}

export function test(pattern: string, str: string): boolean {
  return fuzzy.test(fold(pattern), fold(str));
}

export function match(pattern: string, str: string, opts?: Options<string>) {
  return fuzzy.match(fold(pattern), fold(str), opts);
}

export function filter<T>(pattern: string, arr: T[], opts: Options<T> = {}) {
  if (typeof pattern !== 'string') return fuzzy.filter(pattern, arr, opts);
  const extract = opts.extract ?? ((element: T) => String(element));
  return fuzzy.filter(fold(pattern), arr, { ...opts, extract: (element: T) => fold(extract(element)) });
}

export default { simpleFilter, test, match, filter };
