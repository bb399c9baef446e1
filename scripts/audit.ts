/**
 * `npm run audit -- [--as-of YYYY-MM-DD] [--json]`: the compliance audit of the content root
 * (`CONTENT_DIR`). Exit 0 when nothing is wrong, 1 when a finding is an error, 2 when the content is invalid.
 */
import { t } from '../src/i18n/index.ts';
import { auditExitCode, auditJson, auditSite } from '../src/lib/domain/audit/index.ts';
import { formatAudit } from '../src/lib/present/audit/terminal.ts';
import { buildSite } from '../src/lib/domain/model/site.ts';
import { loadOrExit, options, resolveAsOf } from './cli.ts';

const args = options({ 'as-of': { type: 'string' }, json: { type: 'boolean' } }, t('audit.cli.usage'));
const asOf = resolveAsOf();
const content = await loadOrExit(2);
const result = auditSite(buildSite(content.entries), asOf);
console.log(args.json ? JSON.stringify(auditJson(result), null, 2) : formatAudit(result));
process.exitCode = auditExitCode(result);
