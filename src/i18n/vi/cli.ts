/** What every command says about its options. */
export default {
  'cli.asOfInvalid': '--as-of: "{value}" không phải ngày dạng YYYY-MM-DD có thật.',
} as const;
