/**
 * Text as it arrives from editors: Word and macOS paste decomposed (NFD) Vietnamese, Windows files
 * carry a byte-order mark and CRLF. Everything is normalised once, on the way in, so later
 * comparisons, slugs and searches can assume NFC.
 */

/** The NFC form of a text (one code point per accented letter, as the web expects). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * A copy of a JSON-like value (parsed YAML or front matter) with every string NFC-normalised,
 * object keys included. Values that are not plain objects or arrays (numbers, dates…) are kept as they are.
 */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeDeep(item)) as T;
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[nfc(key)] = normalizeDeep(item);
    return copy as T;
  }
  return value;
}

/** The text without a leading byte-order mark (Notepad and Excel exports start with one). */
export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The text with Windows (CRLF) and old Mac (CR) line ends turned into LF. */
export function toLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  // Dates, Maps and class instances are not JSON-like: rebuilding them as objects would lose them.
  return prototype === Object.prototype || prototype === null;
}
