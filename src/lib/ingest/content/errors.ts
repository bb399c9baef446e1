/** Problems found in a content root, each naming the file (relative to the content root), line and field. */
import { t } from '../../../i18n/index.ts';

export interface ContentProblem {
  /** Path relative to the content root, `/`-separated */
  file: string;
  /** 1-based line in the file, when known */
  line?: number;
  /** Dotted key path (`answer.date`, `attachments[2].file`), when the problem is a field's */
  field?: string;
  /** The field's Vietnamese label path (`Trả lời › Ngày trả lời`) */
  label?: string;
  /** What was found and what to do, in Vietnamese */
  message: string;
  severity: 'error' | 'warning';
}

/** One line naming the file, line and field, then the message. */
export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file];
  if (problem.line) where.push(t('problem.line', { line: problem.line }));
  if (problem.field)
    where.push(
      problem.label ? t('problem.field', { field: problem.field, label: problem.label }) : t('problem.fieldUnlabelled', { field: problem.field }),
    );
  return `${where.join(', ')}: ${problem.message}`;
}

/** Sorts problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}

/**
 * The whole report for editors: a heading with the counts, then one line per problem. Its closing line
 * says what happened: a build published nothing; the development server (`dev`) shows this list in place
 * of the pages until the files are fixed.
 */
export function formatReport(problems: ContentProblem[], mode: 'build' | 'dev' = 'build'): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const files = new Set(errors.map((p) => p.file)).size;
  const lines: string[] = [];
  if (errors.length > 0) {
    lines.push(t('report.errorsHeading', { count: errors.length, files }));
    for (const p of sortProblems(errors)) lines.push(`  ✗ ${formatProblem(p)}`);
  }
  if (warnings.length > 0) {
    lines.push(t('report.warningsHeading', { count: warnings.length }));
    for (const p of sortProblems(warnings)) lines.push(`  ! ${formatProblem(p)}`);
  }
  if (errors.length > 0) lines.push(t(mode === 'dev' ? 'report.devShown' : 'report.nothingPublished'));
  return lines.join('\n');
}

/** Thrown when a content root has errors; its message is the editors' report. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
