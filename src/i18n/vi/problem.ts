/** The report of content problems. */
export default {
  // The report of problems.
  'problem.line': 'dòng {line}',
  'problem.field': 'trường "{field}" ({label})',
  'problem.fieldUnlabelled': 'trường "{field}"',
} as const;
