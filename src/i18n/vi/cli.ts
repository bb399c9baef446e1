/** What every command says about its options. */
export default {
  'cli.usage.build': 'Cách dùng: npm run build [-- --as-of YYYY-MM-DD] [--out-dir dist] [--production]',
  'cli.usage.bench': 'Cách dùng: npm run bench -- --petitions N [--runs R] [--seed S] [--as-of YYYY-MM-DD] [--keep]',
  'cli.usage.benchSanitize': 'Cách dùng: npm run bench:sanitize -- --root THU_MUC_NOI_DUNG [--runs 3]',
  'cli.usage.weight': 'Cách dùng: npm run weight [-- --dir dist]',
  'cli.asOfInvalid': '--as-of: "{value}" không phải ngày dạng YYYY-MM-DD có thật.',
} as const;
