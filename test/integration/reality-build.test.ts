/**
 * The four content roots of test/fixtures/reality (own texts in the shape of real published items) build
 * with no invented value: their pages, open data and report say what the source says, "không rõ" where it
 * says nothing, and never a placeholder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../tools/build-site.ts';
import { FIXTURES } from '../helpers/content-root.ts';

const ROOTS = ['thanh-pho-hang-thang', 'so-tra-loi-thanh-uy', 'hoi-dap-thuong-xuyen', 'dung-to-chuc'] as const;
type Root = (typeof ROOTS)[number];
const builds = {} as Record<Root, BuildResult>;

/** A page's visible text, spaces collapsed. */
function pageText(root: Root, page: string): string {
  const main = parse(readFileSync(path.join(builds[root].outDir, page, 'index.html'), 'utf8')).querySelector('main')!;
  // Each element's text apart, as a reader (and a screen reader) meets them.
  return parse(main.innerHTML.replace(/</g, ' <')).textContent.replace(/\s+/g, ' ').trim();
}
const json = (root: Root, file: string) => JSON.parse(readFileSync(path.join(builds[root].outDir, file), 'utf8'));

beforeAll(async () => {
  for (const root of ROOTS) {
    builds[root] = await buildSite({ contentDir: path.join(FIXTURES, 'reality', root), asOf: '2024-12-31' });
    if (builds[root].status !== 0) throw new Error(`${root}: ${builds[root].stderr}`);
  }
}, 900_000);

describe('every root builds, and says so in Vietnamese only', () => {
  it.each(ROOTS)('%s', (root) => {
    const output = `${builds[root].stdout}\n${builds[root].stderr}`;
    expect(output).not.toMatch(/does not exist or is empty|\[WARN\]|warning/i);
    expect(output).toContain('Đã dựng chuyên mục');
  });

  it.each(ROOTS)('%s: no placeholder reaches a page', (root) => {
    const pages = ['', 'hoi-nghi', 'kien-nghi', 'thong-bao'].map((p) =>
      readFileSync(path.join(builds[root].outDir, p, 'index.html'), 'utf8'),
    );
    for (const html of pages) {
      expect(html).not.toContain('0/KH-UBND');
      expect(html).not.toContain('unknown');
    }
  });
});

describe('a city’s monthly dialogues', () => {
  it('prints a day without an hour, "hơn 600", and unknowns as "không rõ"', () => {
    const text = pageText('thanh-pho-hang-thang', 'hoi-nghi/2021-05');
    expect(text).toContain('Thời gian Thứ Năm, ngày 27 tháng 5 năm 2021 Địa điểm');
    expect(text).not.toContain('08 giờ 00');
    expect(text).toContain('Số đơn vị tham dự hơn 600');
    expect(text).toContain('Kế hoạch không rõ');
  });

  it('names an aggregate by its count, a joint petition by both names, a carried-over petition’s next meeting', () => {
    expect(pageText('thanh-pho-hang-thang', 'kien-nghi/154')).toContain('Đơn vị kiến nghị 5 doanh nghiệp');
    const joint = pageText('thanh-pho-hang-thang', 'kien-nghi/155');
    expect(joint).toContain('Hiệp hội Doanh nghiệp thành phố Thử Nghiệm; Công ty cổ phần Cơ khí Bắc Thử');
    expect(joint).toContain('Chuyển sang hội nghị Đối thoại doanh nghiệp tháng 6 năm 2021');
  });

  it('prints an unset "resolved" as unknown, never "Không", and an unknown answer day as not judged', () => {
    const text = pageText('thanh-pho-hang-thang', 'kien-nghi/171');
    expect(text).toContain('Đã giải quyết triệt để không rõ');
    expect(text).toContain('Ngày trả lời không rõ');
    expect(text).not.toContain('Đúng hạn');
  });

  it('judges no 2021 meeting by KH 85/2024, which took effect after them: no deadline, no finding', () => {
    const audit = json('thanh-pho-hang-thang', 'kiem-tra.json');
    for (const meeting of audit.meetings) {
      expect(meeting.rules, meeting.id).toBeNull();
      expect(meeting.deadlines, meeting.id).toEqual([]);
      expect(meeting.findings, meeting.id).toEqual([]);
    }
    for (const meeting of ['2021-05', '2021-06'])
      expect(pageText('thanh-pho-hang-thang', `hoi-nghi/${meeting}`)).not.toContain('Trả lời kiến nghị 155');
  });

  it('prints a portal article without a document header, and the cancelled month with its decision', () => {
    const news = readFileSync(path.join(builds['thanh-pho-hang-thang'].outDir, 'thong-bao/tin-doi-thoai-thang-5/index.html'), 'utf8');
    expect(news).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(news).not.toContain('Số:');
    const cancelled = pageText('thanh-pho-hang-thang', 'hoi-nghi/2021-07');
    expect(cancelled).toContain('(Văn bản dừng, hoãn số 3120/UBND-VP ngày 12/07/2021)');
    expect(cancelled).not.toContain('Văn bản báo cáo số');
  });

  it('counts the aggregate by its count in the report, unknown resolution apart', () => {
    const text = pageText('thanh-pho-hang-thang', 'bao-cao/2021-05');
    expect(text).toMatch(/6 Đất đai 5 0 0 0 5 kiến nghị không rõ đã giải quyết triệt để hay chưa/);
    // KH 85's Phụ lục 2 has no total row (seed 001): the report adds none.
    expect(text).not.toMatch(/Tổng cộng/);
  });

  it('publishes open data version 2 with nulls for the unknowns and the aggregate’s count', () => {
    const data = json('thanh-pho-hang-thang', 'du-lieu.json');
    expect(data.version).toBe(2);
    const aggregate = data.petitions.find((p: { code: string }) => p.code === '154');
    expect(aggregate).toMatchObject({
      received: null,
      submitterName: null,
      petitionCount: 5,
      resolved: null,
      topics: ['Đất đai', 'Thủ tục hành chính'],
    });
    const carried = data.petitions.find((p: { code: string }) => p.code === '155');
    expect(carried).toMatchObject({ meeting: '2021-05', meetings: ['2021-05', '2021-06'] });
    const may = data.meetings.find((m: { id: string }) => m.id === '2021-05');
    expect(may).toMatchObject({ planNumber: null, start: '2021-05-27', attendedCount: 600, attendedApproximate: true, petitions: 6 });
  });

  it('never calls the city a department', () => {
    expect(pageText('thanh-pho-hang-thang', 'bao-cao/2021-05')).not.toContain('Sở, ban, ngành');
    expect(pageText('thanh-pho-hang-thang', 'bao-cao/2021-05')).toContain('Đơn vị tổ chức: Ủy ban nhân dân thành phố Thử Nghiệm');
  });
});

describe('a department answering another body’s meeting', () => {
  it('shows the organiser, the Party plan number and every answer with the interim assignment', () => {
    const meeting = pageText('so-tra-loi-thanh-uy', 'hoi-nghi/thanh-uy-2024');
    expect(meeting).toContain('Cơ quan tổ chức Thường trực Thành ủy');
    expect(meeting).toContain('Kế hoạch số 25-KH/TU ngày 28/03/2024');
    expect(meeting).toContain('Số đơn vị tham dự hơn 500');
    const petition = pageText('so-tra-loi-thanh-uy', 'kien-nghi/2849-ubnd-kt');
    expect(petition).toContain('Cơ quan trả lời Sở Công Thương');
    expect(petition).toContain('Các lần trả lời, giao xử lý');
    expect(petition).toContain('Cơ quan được giao Sở Xây dựng');
    expect(petition).toContain('Hạn báo cáo, trả lời ngày 09 tháng 5 năm 2024');
  });
});

describe('a province’s standing question-and-answer channel', () => {
  it('lists petitions raised at no meeting, an interim reply while pending not badged as answered', () => {
    const text = pageText('hoi-dap-thuong-xuyen', 'kien-nghi/hd-12');
    expect(text).toContain('Hội nghị Chuyên mục hỏi đáp thường xuyên (ngoài hội nghị)');
    expect(text).toContain('Đang xử lý');
    expect(text).not.toContain('Đã trả lời bằng văn bản');
    expect(text).toContain('Trả lời tạm thời, giao xử lý: Văn phòng Ủy ban nhân dân tỉnh');
    const data = json('hoi-dap-thuong-xuyen', 'du-lieu.json');
    expect(data.petitions.map((p: { meeting: string | null }) => p.meeting)).toEqual([null, null, null]);
  });
});

describe('a half-year round called off', () => {
  it('shows the decision, not a report to the city', () => {
    const text = pageText('dung-to-chuc', 'hoi-nghi/6-thang-dau-2024');
    expect(text).toContain('Dừng tổ chức');
    expect(text).toContain('(Văn bản dừng, hoãn số 1153/UBND-VP ngày 10/06/2024)');
    expect(text).toContain('Văn bản dừng, hoãn tổ chức');
    expect(text).not.toContain('Văn bản báo cáo số');
  });
});
