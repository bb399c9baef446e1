/**
 * The city build over HTTP (issue 12, "Must show"): three generated units built and served on
 * 127.0.0.1, one registry entry down and one serving broken JSON. The build succeeds and shows the two
 * bad units with their reasons; --strict fails naming them and keeps the last section; a second build
 * asks conditionally (304); Phụ lục 3 equals the counts taken straight from the units' content files;
 * its XLSX is one landscape page in LibreOffice; each unit's files validate against its JSON Schemas.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_AS_OF, cityFixture, runCity, type CityFixture } from '../helpers/city.ts';

let fx: CityFixture;
let out: string;
const baseArgs = () => ['--registry', fx.registry, '--out', out, '--as-of', CITY_AS_OF, '--timeout', '3', '--retries', '1'];

beforeAll(async () => {
  fx = await cityFixture();
  out = path.join(fx.dir, 'dist-city');
}, 900_000);
afterAll(async () => {
  await fx?.close();
});

const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
/** The text of a page, tags removed, whitespace collapsed. */
const text = (file: string) =>
  read(file)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('npm run city with an unreachable unit and one serving broken JSON', () => {
  it('builds, and shows the two bad units with their reasons', async () => {
    const run = await runCity(baseArgs());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Có 2 đơn vị chưa lấy được số liệu mới');
    expect(run.stderr).toMatch(
      /phuong-mat-ket-noi \(Ủy ban nhân dân phường Mất Kết Nối\): Không truy cập được\. du-lieu\.json: không kết nối được \(ECONNREFUSED\)/,
    );
    expect(run.stderr).toMatch(
      /xa-du-lieu-hong \(Ủy ban nhân dân xã Dữ Liệu Hỏng\): Dữ liệu không hợp lệ\. du-lieu\.json: không phải JSON hợp lệ/,
    );
    expect(run.stderr).toContain('kiem-tra.json: máy chủ trả lời mã HTTP 404');
    expect(run.stdout).toContain('6 đơn vị (4 có số liệu mới, 2 có vấn đề), 120 kiến nghị');

    const home = text('index.html');
    expect(home).toContain('Đơn vị chưa lấy được số liệu mới (2)');
    expect(home).toMatch(/Mất Kết Nối ?: Không truy cập được du-lieu\.json: không kết nối được \(ECONNREFUSED\)/);
    expect(home).toMatch(/Dữ Liệu Hỏng ?: Dữ liệu không hợp lệ du-lieu\.json: không phải JSON hợp lệ/);
    expect(home).toContain('Chưa có bản lưu nào');
    // Marked, not forgotten: the excluded department, with the plan's words.
    expect(home).toContain('Đơn vị không thuộc đối tượng của kế hoạch');
    expect(home).toMatch(/Sở Y tế thành phố Hải Phòng ?: KH 85\/KH-UBND ngày 05\/4\/2024: §IV\.1/);
    // Each bad unit has its page, with the reason, and is named under Phụ lục 3.
    expect(text('don-vi/xa-du-lieu-hong/index.html')).toContain('không phải JSON hợp lệ');
    expect(text('phu-luc-3/2026-q1/index.html')).toMatch(/Mất Kết Nối: chưa có số liệu \(du-lieu\.json: không kết nối được/);
    // Every good unit's meeting pages are linked from its city page (the unit's own site).
    const unit = fx.units[2]!;
    expect(read(`don-vi/${unit.id}/index.html`)).toContain(`href="${unit.site.url}kiem-tra/"`);
    expect(read(`don-vi/${unit.id}/index.html`)).toContain(`href="${unit.site.url}hoi-nghi/`);
    // One search index, built from the published data.
    expect(existsSync(path.join(out, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('with --strict fails naming the two units, and keeps the section built before', async () => {
    const before = statSync(path.join(out, 'index.html')).mtimeMs;
    const run = await runCity([...baseArgs(), '--strict']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Có 2 đơn vị chưa lấy được số liệu mới (--strict: dừng dựng)');
    expect(run.stderr).toContain('phuong-mat-ket-noi');
    expect(run.stderr).toContain('xa-du-lieu-hong');
    expect(run.stderr).toContain('giữ nguyên bản trước');
    expect(statSync(path.join(out, 'index.html')).mtimeMs).toBe(before);
  });

  it('asks again with conditional requests: unchanged files come back 304 from the snapshot cache', async () => {
    fx.requests.length = 0;
    const run = await runCity(baseArgs());
    expect(run.status, run.stderr).toBe(0);
    for (const unit of fx.units) {
      for (const file of ['du-lieu.json', 'kiem-tra.json']) {
        const asked = fx.requests.filter((r) => r.unit === unit.id && r.pathname.endsWith(`/${file}`));
        expect(asked.map((r) => r.status)).toEqual([304]);
      }
    }
  });
});

/** RFC 4180 rows of a CSV text (quoted cells may hold commas, quotes and line ends). */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}

const GROUP_LABELS: Record<string, string> = {
  capital: 'Vốn',
  'interest-rate': 'Lãi suất',
  credit: 'Tín dụng',
  policy: 'Cơ chế chính sách',
  'admin-procedure': 'Thủ tục hành chính',
  land: 'Đất đai',
  other: 'Lĩnh vực khác',
};

/** Phụ lục 3's rows for a quarter, counted straight from the content files (YAML and front matter). */
function expectedRows(quarterFrom: string, quarterUntil: string): string[] {
  const rows: string[] = [];
  for (const unit of fx.units) {
    const root = unit.contentRoot;
    const kind = (parseYaml(readFileSync(path.join(root, 'don-vi.yaml'), 'utf8')) as { kind: string }).kind;
    const held = readdirSync(path.join(root, 'hoi-nghi'))
      .map((f) => ({
        id: f.replace(/\.yaml$/, ''),
        ...(parseYaml(readFileSync(path.join(root, 'hoi-nghi', f), 'utf8')) as { status: string; start?: string }),
      }))
      .filter((m) => m.status === 'held' && m.start && m.start.slice(0, 10) >= quarterFrom && m.start.slice(0, 10) <= quarterUntil);
    const petitions = readdirSync(path.join(root, 'kien-nghi')).map(
      (f) =>
        parseYaml(readFileSync(path.join(root, 'kien-nghi', f), 'utf8').split('---')[1]!) as {
          meeting: string;
          group: string;
          status: string;
          resolved?: boolean;
        },
    );
    for (const meeting of held) {
      const mine = petitions.filter((p) => p.meeting === meeting.id);
      const count = (list: typeof mine) => [
        list.length,
        list.filter((p) => p.resolved === true).length,
        list.filter((p) => p.resolved !== true && p.status === 'transferred').length,
        list.filter((p) => p.resolved !== true && p.status === 'escalated').length,
      ];
      if (kind === 'department' || kind === 'zone-authority') rows.push(['I', unit.name, '', ...count(mine)].join('|'));
      else
        for (const [key, label] of Object.entries(GROUP_LABELS))
          rows.push(['II', unit.name, label, ...count(mine.filter((p) => p.group === key))].join('|'));
    }
  }
  return rows.sort();
}

describe('Phụ lục 3', () => {
  it('equals, quarter by quarter, the counts computed straight from the units’ content files', () => {
    const quarters = readdirSync(path.join(out, 'phu-luc-3')).filter((q) => /^\d{4}-q\d$/.test(q));
    expect(quarters.length).toBeGreaterThan(4);
    let compared = 0;
    for (const q of quarters) {
      const [year, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
      const from = `${year}-${String((n - 1) * 3 + 1).padStart(2, '0')}-01`;
      const until = `${year}-${['03-31', '06-30', '09-30', '12-31'][n - 1]}`;
      const rows = csvRows(read(`phu-luc-3/${q}/phu-luc-3.csv`));
      const header = rows.findIndex((r) => r[0] === 'Stt');
      let section = '';
      let unit = '';
      const actual: string[] = [];
      for (const r of rows.slice(header + 1)) {
        if (r.length < 10) break;
        if (r[0] === 'I' || r[0] === 'II') {
          section = r[0];
          continue;
        }
        unit = r[1] || unit;
        actual.push([section, unit, r[4], r[5], r[6], r[7], r[8]].join('|'));
      }
      expect(actual.sort(), q).toEqual(expectedRows(from, until));
      compared += actual.length;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('prints "số liệu tính đến" and names the missing units below the table (Markdown)', () => {
    const md = read('phu-luc-3/2026-q1/phu-luc-3.md');
    expect(md).toContain('- Số liệu tính đến ngày 04 tháng 12 năm 2026');
    expect(md).toContain('**Đơn vị chưa có trong báo cáo quý này**');
    expect(md).toMatch(/- Ủy ban nhân dân xã Dữ Liệu Hỏng: chưa có số liệu/);
  });

  const LIBREOFFICE = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
  it.skipIf(!LIBREOFFICE || !existsSync('/usr/bin/pdfinfo'))('its XLSX opens in LibreOffice as one A4 landscape page', () => {
    const xlsx = path.join(out, 'phu-luc-3/2026-q1/phu-luc-3.xlsx');
    const convert = spawnSync(
      LIBREOFFICE!,
      ['--headless', `-env:UserInstallation=file://${fx.dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', fx.dir, xlsx],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(convert.status, convert.stderr).toBe(0);
    const info = spawnSync('pdfinfo', [path.join(fx.dir, 'phu-luc-3.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Pages:\s+1\n/);
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    // A4 landscape: 842 × 595 points.
    expect(Math.round(Number(width))).toBe(842);
    expect(Math.round(Number(height))).toBe(595);
    const pdfText = spawnSync('pdftotext', ['-layout', path.join(fx.dir, 'phu-luc-3.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(pdfText).toContain('Phụ lục 3');
    expect(pdfText).toContain('Thủ tục hành chính');
  });
});

describe('what each unit publishes for the city', () => {
  it('du-lieu.json and kiem-tra.json validate against the JSON Schemas the unit publishes beside them', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const unit of fx.units) {
      for (const [file, schema] of [
        ['du-lieu.json', 'schema/du-lieu.schema.json'],
        ['kiem-tra.json', 'schema/kiem-tra.schema.json'],
      ] as const) {
        const validate = ajv.compile(JSON.parse(readFileSync(path.join(unit.distDir, schema), 'utf8')) as object);
        const ok = validate(JSON.parse(readFileSync(path.join(unit.distDir, file), 'utf8')));
        expect(ok, `${unit.id}/${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        ajv.removeSchema();
      }
      const data = JSON.parse(readFileSync(path.join(unit.distDir, 'du-lieu.json'), 'utf8')) as { unit: Record<string, unknown> };
      expect(data.unit.rules).toMatch(/^kh-/);
      expect(data.unit.sectionUrl).toBe(unit.site.url);
    }
  });

  it('the published schema refuses what Phụ lục 3 could not count', () => {
    const ajv = new Ajv2020({ strict: false });
    const unit = fx.units[0]!;
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(unit.distDir, 'schema/du-lieu.schema.json'), 'utf8')) as object);
    const data = JSON.parse(readFileSync(path.join(unit.distDir, 'du-lieu.json'), 'utf8')) as { petitions: Record<string, unknown>[] };
    data.petitions[0]!.group = 'đất đai';
    expect(validate(data)).toBe(false);
  });
});
