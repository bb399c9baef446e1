/**
 * Content as reality publishes it (CONTENT-MODEL.md, 0.3.0 additions): each value real published
 * dialogues give, refused by 0.2.0, is accepted now; and what stays wrong is still refused, in Vietnamese.
 */
import { describe, expect, it } from 'vitest';
import { problemsAfter, replace } from '../helpers/content-root.ts';
import { siteAfter } from '../helpers/site.ts';
import { FIXTURES } from '../helpers/content-root.ts';
import path from 'node:path';
import { auditSite } from '../../src/lib/domain/audit/audit.ts';
import { finalAnswer, petitionMeetings, petitionWeight, submittersOf } from '../../src/lib/domain/model/facts.ts';

const MEETING = 'hoi-nghi/2026-quy-ii.yaml';
const PETITION = 'kien-nghi/kn-2026-01.md';
const NOTICE = 'thong-bao/ke-hoach-10.md';
const CONTENT = 'noi-dung/chuong-trinh.md';
const CONCLUSION = 'ket-luan/ket-luan.md';
const UNIT = 'don-vi.yaml';
const MINIMAL = path.join(FIXTURES, 'minimal');

/** A second petition file, from the fixture's with its own code. */
const petition = (front: string, body = 'Nội dung kiến nghị.') => `---\n${front.trim()}\n---\n${body}\n`;

describe('refused by 0.2.0, accepted now', () => {
  it.each([
    ['unknown receipt day, channel, group and scope', PETITION, 'received: 2026-04-10\nchannel: portal\ngroup: admin-procedure\nscope: in-competence', 'received: unknown\nchannel: unknown\ngroup: unknown\nscope: unknown'],
    ['an unknown plan number and date', MEETING, '  number: 10/KH-UBND\n  date: 2026-03-19', '  number: unknown\n  date: unknown'],
    ['an unknown plan', MEETING, 'plan:\n  number: 10/KH-UBND\n  date: 2026-03-19', 'plan: unknown'],
    ['an unknown venue and chair', MEETING, 'venue: Hội trường Ủy ban nhân dân phường', 'venue: unknown'],
    ['an unknown attendance', MEETING, 'attendedCount: 18', 'attendedCount: unknown'],
    ['an approximate attendance ("hơn 600")', MEETING, 'attendedCount: 18', 'attendedCount:\n  value: 600\n  approximate: true'],
    ['a meeting day without the hour', MEETING, 'start: 2026-05-21T08:00', 'start: 2026-05-21'],
    ['an organiser and the counts of questions and speakers', MEETING, 'attendedCount: 18', 'attendedCount: 18\norganiser: Thường trực Thành ủy\nquestionsReceived: 42\nspeakersRegistered: 12'],
    ['a Party document number', NOTICE, 'number: 10/KH-UBND', 'number: 25-KH/TU'],
    ['an unknown document number', NOTICE, 'number: 10/KH-UBND', 'number: unknown'],
    ['an unknown answering agency and day', PETITION, '  date: 2026-05-28\n  by: Phòng Kinh tế, Hạ tầng và Đô thị', '  date: unknown\n  by: unknown'],
    ['a code of the unit’s own scheme ("154")', PETITION, 'code: KN-2026-01', 'code: "154"'],
    ['a reply letter number as the code', PETITION, 'code: KN-2026-01', 'code: 2849/UBND-KT'],
    ['an association as petitioner', PETITION, '  kind: enterprise\n  taxCode: "0800000001"', '  kind: association'],
    ['two topics besides the group', PETITION, 'group: admin-procedure', 'group: admin-procedure\ntopics:\n  - Thuế\n  - Đất đai'],
    ['an agenda time range', CONTENT, '  - time: 08:00', '  - time: 07:00–07:30'],
    ['an unknown conclusion number and signing day', CONCLUSION, 'number: 20/TB-UBND\nissued: 2026-05-26', 'number: unknown\nissued: unknown'],
  ])('%s', async (_name, file, from, to) => {
    expect(await problemsAfter({ [file]: replace(from, to) })).toEqual([]);
  });

  it('a joint petition of two businesses', async () => {
    const site = await siteAfter(
      {
        [PETITION]: replace(
          'submitter:\n  name: Công ty TNHH Thử Nghiệm\n  kind: enterprise\n  taxCode: "0800000001"',
          'submitters:\n  - name: Công ty TNHH Thử Nghiệm\n    kind: enterprise\n  - name: Hợp tác xã Thử Nghiệm\n    kind: cooperative',
        ),
      },
      MINIMAL,
    );
    expect(submittersOf(site.petitions[0]!.data).map((s) => s.name)).toEqual(['Công ty TNHH Thử Nghiệm', 'Hợp tác xã Thử Nghiệm']);
  });

  it('five petitions known only as "5 doanh nghiệp"', async () => {
    const site = await siteAfter(
      { [PETITION]: replace('submitter:\n  name: Công ty TNHH Thử Nghiệm\n  kind: enterprise\n  taxCode: "0800000001"', 'submitter:\n  count: 5\n  kind: enterprise') },
      MINIMAL,
    );
    expect(petitionWeight(site.petitions[0]!.data)).toBe(5);
  });

  it('a petition of the standing channel (no meeting) and one carried over to a second meeting', async () => {
    const site = await siteAfter(
      {
        'hoi-nghi/2026-quy-iii.yaml': 'title: Hội nghị quý III\nplan: unknown\nstatus: planned\nperiod: Quý III/2026\nvenue: unknown\nformat: unknown\nchair: unknown\n',
        'kien-nghi/hoi-dap-1.md': petition(`
code: HD-1
title: Hỏi về thủ tục hoàn thuế
submitter:
  name: Công ty TNHH Hỏi Đáp
  kind: enterprise
received: 2026-06-02
channel: portal
group: policy
scope: in-competence
status: pending`),
        'kien-nghi/chuyen-tiep.md': petition(`
meeting: [2026-quy-ii, 2026-quy-iii]
code: KN-2026-02
title: Kiến nghị chuyển sang hội nghị sau
submitter:
  name: Công ty TNHH Chuyển Tiếp
  kind: enterprise
received: 2026-04-11
channel: letter
group: land
scope: in-competence
status: pending`),
      },
      MINIMAL,
    );
    expect(site.standingPetitions.map((p) => p.data.code)).toEqual(['HD-1']);
    const carried = site.petitions.find((p) => p.data.code === 'KN-2026-02')!;
    expect(petitionMeetings(carried.data)).toEqual(['2026-quy-ii', '2026-quy-iii']);
    expect(site.meetingById.get('2026-quy-iii')!.petitions.map((p) => p.data.code)).toEqual(['KN-2026-02']);
    // Its answer is due after the meeting it was carried to, not the first one: no deadline at 2026-quy-ii.
    const first = auditSite(site, '2026-12-31').meetings.find((m) => m.id === '2026-quy-ii')!;
    const answered = first.deadlines.filter((d) => d.rule === 'answer').map((d) => d.subject);
    expect(answered).toContain('KN-2026-01');
    expect(answered).not.toContain('KN-2026-02');
  });

  it('an interim reply while pending, then several agencies answering', async () => {
    const site = await siteAfter(
      {
        [PETITION]: replace(
          'status: answered-in-writing\nresolved: true\nanswer:\n  date: 2026-05-28\n  by: Phòng Kinh tế, Hạ tầng và Đô thị\n  text: |\n    Hồ sơ nộp tại Trung tâm Phục vụ hành chính công phường.',
          `status: answered-in-writing
answers:
  - kind: interim
    date: 2026-05-22
    by: Ủy ban nhân dân phường
    assignee: Phòng Kinh tế, Hạ tầng và Đô thị
    dueBy: 2026-06-09
    text: Giao Phòng Kinh tế chủ trì, báo cáo trước ngày 10/6/2026.
  - kind: final
    date: 2026-06-05
    by: Phòng Kinh tế, Hạ tầng và Đô thị
    text: Hồ sơ nộp tại Trung tâm Phục vụ hành chính công phường.
  - kind: final
    date: 2026-06-08
    by: Chi cục Thuế khu vực
    text: Về thuế, doanh nghiệp kê khai theo hướng dẫn.`,
        ),
      },
      MINIMAL,
    );
    const data = site.petitions[0]!.data;
    expect(data.resolved).toBeUndefined();
    expect(finalAnswer(data)!.by).toBe('Chi cục Thuế khu vực');
  });

  it('a news item and a decision in part 1', async () => {
    expect(
      await problemsAfter({
        'thong-bao/tin-bai.md': `---\nmeeting: 2026-quy-ii\nkind: news\ntitle: Hội nghị đối thoại doanh nghiệp diễn ra sáng nay\npublished: 2026-05-21\n---\nTin bài.\n`,
        'thong-bao/dung-to-chuc.md': `---\nmeeting: 2026-quy-ii\nkind: decision\ntitle: Về việc dừng tổ chức hội nghị\nnumber: 1153/UBND-VP\nissued: 2026-05-10\npublished: 2026-05-11\n---\nDừng tổ chức.\n`,
      }),
    ).toEqual([]);
  });

  it('a city People’s Committee as the unit, with no one to report to', async () => {
    expect(
      await problemsAfter({
        [UNIT]: (text) => text.replace('kind: commune', 'kind: city').replace('reportTo: Sở Tài chính thành phố Hải Phòng\n', ''),
      }),
    ).toEqual([]);
  });
});

describe('still refused, with what to do', () => {
  it('two values in the group, pointing to topics', async () => {
    const [problem] = await problemsAfter({ [PETITION]: replace('group: admin-procedure', 'group: [policy, land]') });
    expect(problem).toContain('trường "group" (Nhóm kiến nghị): chỉ nhận một giá trị, nhưng đang là một danh sách.');
    expect(problem).toContain('ghi các lĩnh vực khác vào topics (Chủ đề)');
  });

  it('unknown is not a value of the code, title, status or meeting reference', async () => {
    const problems = await problemsAfter({ [PETITION]: replace('status: answered-in-writing', 'status: unknown') });
    expect(problems.join('\n')).toContain('trường "status" (Tình trạng): giá trị "unknown" không có trong danh sách.');
  });

  it('a final answer while pending', async () => {
    const problems = await problemsAfter({
      [PETITION]: replace(
        'status: answered-in-writing\nresolved: true\nanswer:\n  date: 2026-05-28\n  by: Phòng Kinh tế, Hạ tầng và Đô thị\n  text: |\n    Hồ sơ nộp tại Trung tâm Phục vụ hành chính công phường.',
        'status: pending\nanswers:\n  - kind: final\n    date: 2026-05-28\n    by: Phòng Kinh tế\n    text: Đã trả lời.',
      ),
    });
    expect(problems).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 15, trường "answers[1].kind" (Các lần trả lời › Loại trả lời): kiến nghị có trả lời chính thức (final) nhưng tình trạng vẫn là pending (Đang xử lý). Đổi tình trạng, hoặc ghi lần trả lời này là interim (tạm thời, giao xử lý).',
    ]);
  });

  it('a petitioner with neither a name nor a count', async () => {
    const problems = await problemsAfter({ [PETITION]: replace('  name: Công ty TNHH Thử Nghiệm\n', '') });
    expect(problems.join('\n')).toContain('thiếu tên đơn vị kiến nghị');
  });

  it('a unit other than a city or province without whom to report to', async () => {
    const problems = await problemsAfter({ [UNIT]: replace('reportTo: Sở Tài chính thành phố Hải Phòng\n', '') });
    expect(problems.join('\n')).toContain('trường "reportTo" (Nơi nhận báo cáo): bắt buộc với đơn vị loại commune');
  });

  it('a news item with a registration part', async () => {
    const problems = await problemsAfter({ [NOTICE]: replace('kind: plan', 'kind: news') });
    expect(problems.join('\n')).toContain('tin bài trên Cổng không có phần đăng ký');
  });
});
