/**
 * Generated content roots for benchmarks and scale tests: a unit's section with meetings over several
 * years, their four parts, petitions in every group and status, day-off calendars and the files the
 * documents attach. Written through the content contract (docs/CONTENT-MODEL.md):
 * the same keys, folders and rules an editor's content follows, so a generated root validates with no
 * error. Deterministic: the same options give the same bytes.
 *
 * Realism, on purpose: most meetings are held and complete, but some notices are posted late, some
 * answers come late, a few meetings lack their conclusion, one is postponed and one cancelled, the
 * newest year has a scheduled and a planned meeting. Those are audit facts, never build errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { MEETING_STATUSES as MEETING_STATUS_OPTIONS } from '../../src/lib/ingest/schema/meeting.ts';
import { PETITION_GROUPS, PETITION_STATUSES as PETITION_STATUS_OPTIONS } from '../../src/lib/ingest/schema/petition.ts';
import { defaultCalendarYear } from '../../src/lib/domain/calendar/law-defaults.ts';
import type { CalendarYearData } from '../../src/lib/domain/calendar/types.ts';
import { calendarYearSchema } from '../../src/lib/ingest/schema/calendar-year.ts';
import { addDays, dayOfWeek, type IsoDate } from '../../src/lib/base/dates/civil.ts';
import { slugify } from '../../src/lib/base/text/slug.ts';
import { placeholderPdf, pdfPath } from './pdf.ts';
import { hashSeed, Random } from './random.ts';
import {
  BRANDS,
  COMPANY_FORMS,
  COOP_SECTORS,
  GIVEN_NAMES,
  HIGHER_AGENCIES,
  HOUSEHOLD_TRADES,
  INDUSTRIAL_ZONES,
  MIDDLE_NAMES,
  PROJECTS,
  SECTORS,
  STREETS,
  SURNAMES,
  THEMES,
  UNITS,
  VENUES,
  type PetitionGroup,
  type UnitSeed,
} from './vocab.ts';

/** The schema's lists, in its order: a new group or status is generated (and tested) without touching this file. */

/** The unit plan a synthetic unit declares on its city plan (docs/RULES.md). */
const UNIT_PLAN_FOR: Record<string, string> = { 'kh-82-2026': 'kinh-mon-kh-80-2026', 'kh-121-2025': 'bql-kkt-2025' };

export const GROUPS: readonly PetitionGroup[] = PETITION_GROUPS.map((o) => o.value);
export const PETITION_STATUSES = PETITION_STATUS_OPTIONS.map((o) => o.value);
export const MEETING_STATUSES = MEETING_STATUS_OPTIONS.map((o) => o.value);
type PetitionStatus = (typeof PETITION_STATUSES)[number];
type MeetingStatus = (typeof MEETING_STATUSES)[number];
/** The groups' names, as the schema labels them. */
const GROUP_NAMES = Object.fromEntries(PETITION_GROUPS.map((o) => [o.value, o.label])) as Record<PetitionGroup, string>;

export interface CorpusOptions {
  /** Number of petitions (kiến nghị) of the unit */
  petitions: number;
  /** Any text or number; default 1 */
  seed?: string | number;
  /** Which unit of the list (0-based): its name, kind, rules profile and portal */
  unitIndex?: number;
  /** The newest year of meetings; default 2026 */
  endYear?: number;
}

export interface CorpusStats {
  unit: string;
  years: [number, number];
  files: number;
  bytes: number;
  meetings: Record<MeetingStatus, number>;
  petitions: Record<PetitionStatus, number>;
  groups: Record<PetitionGroup, number>;
  collections: Record<string, number>;
}

export interface Corpus {
  /** Files by path relative to the content root */
  files: Map<string, string | Uint8Array>;
  stats: CorpusStats;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

interface PlannedMeeting {
  id: string;
  year: number;
  month: number;
  /** Quarter (1-4) when the unit meets at most four times a year */
  quarter?: number;
  status: MeetingStatus;
  start?: string;
  day?: IsoDate;
  planDate: IsoDate;
  registrationDeadline?: IsoDate;
  petitions: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fill(template: string, slots: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in slots ? String(slots[name]) : whole));
}

function yamlText(data: unknown): string {
  return stringify(data, { lineWidth: 0, minContentWidth: 0 });
}

function markdownFile(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${yamlText(frontMatter)}---\n\n${body.trim()}\n`;
}

/** The unit of an index: the list's units in order, then numbered copies of them. */
export function unitSeed(index: number): UnitSeed {
  const base = UNITS[index % UNITS.length]!;
  const round = Math.floor(index / UNITS.length);
  if (round === 0) return base;
  // Numbered copies carry their number in their names too, so that a city of many generated units
  // (npm run bench:city) tells them apart in its lists and search filters.
  return {
    ...base,
    slug: `${base.slug}-${round + 1}`,
    name: `${base.name} (số ${round + 1})`,
    shortName: `${base.shortName} (số ${round + 1})`,
    host: `dv${round + 1}.${base.host}`,
  };
}

/** The demo's official calendar files (content/lich-nghi), copied as they are into generated roots. */
const OFFICIAL_CALENDARS = path.resolve(import.meta.dirname, '../../content/lich-nghi');

function officialCalendar(year: number): { text: string; data: CalendarYearData } | undefined {
  const file = path.join(OFFICIAL_CALENDARS, `${year}.yaml`);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  return { text, data: calendarYearSchema.parse(parse(text)) };
}

/** Generates one unit's content root in memory. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const total = Math.max(0, Math.floor(options.petitions));
  const unitIndex = options.unitIndex ?? 0;
  const unit = unitSeed(unitIndex);
  const rng = new Random(hashSeed('dtdn-corpus', options.seed ?? 1, unitIndex));
  const endYear = options.endYear ?? 2026;
  const yearCount = Math.min(8, Math.max(2, Math.ceil(total / 150)));
  const startYear = endYear - yearCount + 1;
  const perYear = total / yearCount;
  const meetingsPerYear = Math.min(12, Math.max(3, Math.ceil(perYear / 40)));
  const files = new Map<string, string | Uint8Array>();

  // Days off for every year the dates can touch: the official calendar where the demo has one (2024–2026),
  // the law's elsewhere. Worked Saturdays are not used for dates: documents fall on Monday–Friday.
  const daysOff = new Set<string>();
  for (let year = startYear - 1; year <= endYear + 1; year++) {
    const official = officialCalendar(year);
    const calendar = official?.data ?? defaultCalendarYear(year);
    for (const d of calendar.daysOff ?? []) daysOff.add(d.date);
    files.set(`lich-nghi/${year}.yaml`, official?.text ?? yamlText(calendar));
  }
  const isWorkingDay = (date: IsoDate) => dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6 && !daysOff.has(date);
  /** The date itself or the next working day (`step` 1), or the previous one (`step` -1). */
  const workday = (date: IsoDate, step: 1 | -1 = 1): IsoDate => {
    let d = date;
    while (!isWorkingDay(d)) d = addDays(d, step);
    return d;
  };

  // Document numbers run on through each year, one series per unit (a ward's UBND numbers them so).
  const counters = new Map<number, number>();
  const nextNumber = (year: number) => {
    const n = (counters.get(year) ?? rng.int(8, 40)) + rng.int(1, 9);
    counters.set(year, n);
    return n;
  };
  const docNumber = (year: number, type: string) => `${nextNumber(year)}/${type}-${unit.issuer}`;
  const answerNumber = (year: number) => `${nextNumber(year)}/${unit.issuer}-${rng.pick(['KT', 'VP', 'TH'])}`;

  // Meetings: spread over the years; petitions spread over the meetings.
  const planned: PlannedMeeting[] = [];
  for (let year = startYear; year <= endYear; year++) {
    for (let i = 0; i < meetingsPerYear; i++) {
      const month = Math.floor((12 * (i + 0.5)) / meetingsPerYear) + 1;
      const quarter = meetingsPerYear <= 4 ? Math.floor((month - 1) / 3) + 1 : undefined;
      const id = quarter ? `${year}-quy-${ROMAN[quarter - 1]!.toLowerCase()}` : `${year}-thang-${pad(month)}`;
      let status: MeetingStatus = 'held';
      if (year === endYear && i === meetingsPerYear - 1) status = 'planned';
      else if (year === endYear && i === meetingsPerYear - 2) status = 'scheduled';
      else if (year === startYear && i === 0) status = 'postponed';
      else if (year === startYear && i === 1) status = 'cancelled';
      else if (rng.chance(0.03)) status = 'postponed';
      const day = workday(`${year}-${pad(month)}-${pad(rng.int(6, 24))}`);
      const planDate = workday(addDays(day, -rng.int(45, 70)), -1);
      const hasStart = status === 'held' || status === 'scheduled' || status === 'postponed';
      planned.push({
        id,
        year,
        month,
        quarter,
        status,
        start: hasStart ? `${day}T${rng.pick(['08:00', '08:00', '08:30', '14:00'])}` : undefined,
        day: hasStart ? day : undefined,
        planDate,
        registrationDeadline: hasStart ? workday(addDays(day, -rng.int(21, 26)), -1) : undefined,
        petitions: 0,
      });
    }
  }
  planned.forEach((m, j) => {
    m.petitions = Math.floor(((j + 1) * total) / planned.length) - Math.floor((j * total) / planned.length);
  });

  const stats: CorpusStats = {
    unit: unit.name,
    years: [startYear, endYear],
    files: 0,
    bytes: 0,
    meetings: Object.fromEntries(MEETING_STATUSES.map((s) => [s, 0])) as CorpusStats['meetings'],
    petitions: Object.fromEntries(PETITION_STATUSES.map((s) => [s, 0])) as CorpusStats['petitions'],
    groups: Object.fromEntries(GROUPS.map((g) => [g, 0])) as CorpusStats['groups'],
    collections: {},
  };

  // The unit.
  files.set(
    'don-vi.yaml',
    yamlText({
      name: unit.name,
      shortName: unit.shortName,
      kind: unit.kind,
      place: unit.place,
      sectionTitle: unit.sectionTitle,
      portalUrl: `https://${unit.host}`,
      reportTo: unit.kind === 'department' ? 'Ủy ban nhân dân thành phố Hải Phòng' : 'Sở Tài chính thành phố Hải Phòng',
      oneStopDesk: unit.oneStopDesk,
      rules: unit.rules,
      // Synthetic units take the seeds' own plans as theirs, so their numbers are known (a unit on KH 82 or
      // KH 121 alone would build with a warning: those city plans' texts are not in hand).
      ...(UNIT_PLAN_FOR[unit.rules] ? { unitPlan: UNIT_PLAN_FOR[unit.rules] } : {}),
      contact: {
        email: `vanphong@${unit.host}`,
        phone: `0225 38${rng.int(10000, 99999)}`,
        address: `Số ${rng.int(1, 200)} đường ${rng.pick(STREETS)}, thành phố Hải Phòng`,
      },
    }),
  );

  // Shared files: a registration form per year.
  for (let year = startYear - 1; year <= endYear; year++) {
    files.set(`tep/phieu-dang-ky-doi-thoai-${year}.pdf`, placeholderPdf([`Phieu dang ky tham du va gui kien nghi ${year}`, unit.name]));
  }

  // Codes: KN-year-sequence, padded per year so they sort as text.
  const perYearPetitions = new Map<number, number>();
  for (const m of planned) perYearPetitions.set(m.year, (perYearPetitions.get(m.year) ?? 0) + m.petitions);
  const sequence = new Map<number, number>();

  let petitionIndex = 0;
  let forcedStatuses = false;
  const personName = () => `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`;

  for (const m of planned) {
    stats.meetings[m.status]++;
    const meetingWord = m.quarter ? `quý ${ROMAN[m.quarter - 1]} năm ${m.year}` : `tháng ${m.month} năm ${m.year}`;
    const topic =
      unit.kind === 'department' || rng.chance(0.15)
        ? rng.pick(['thuế và hóa đơn điện tử', 'thủ tục đất đai', 'tiếp cận tín dụng', 'đầu tư và xây dựng', 'chuyển đổi số'])
        : undefined;
    const title = topic
      ? `Hội nghị đối thoại chuyên đề về ${topic} với doanh nghiệp, hợp tác xã, hộ kinh doanh ${meetingWord}`
      : `Hội nghị đối thoại doanh nghiệp, hợp tác xã, hộ kinh doanh ${meetingWord}`;
    const venue = fill(rng.pick(VENUES), { short: unit.shortName });
    const chair = `Lãnh đạo ${unit.name}`;
    const office = () => rng.pick(unit.offices);
    const planNumber = docNumber(m.planDate.slice(0, 4) === String(m.year) ? m.year : m.year - 1, 'KH');
    const registeredCount = rng.int(12, 80);

    const meeting: Record<string, unknown> = {
      title,
      plan: { number: planNumber, date: m.planDate },
      status: m.status,
    };
    if (m.status === 'planned' || m.status === 'cancelled')
      meeting.period = m.quarter ? `Quý ${ROMAN[m.quarter - 1]}/${m.year}` : `Tháng ${m.month}/${m.year}`;
    if (m.start) meeting.start = m.start;
    Object.assign(meeting, { venue, format: rng.weighted({ 'in-person': 7, hybrid: 2, online: 1 }), chair });
    if (topic) meeting.topic = `Chính sách, thủ tục về ${topic}`;
    if (m.registrationDeadline) meeting.registrationDeadline = m.registrationDeadline;
    const postponedRegistered = rng.int(4, 12);
    if (m.status !== 'planned') meeting.registeredCount = m.status === 'postponed' ? postponedRegistered : registeredCount;
    if (m.status === 'held') meeting.attendedCount = Math.max(5, registeredCount - rng.int(0, 10));
    let reportDate: IsoDate | undefined;
    if (m.status === 'postponed' || m.status === 'cancelled') {
      reportDate = workday(addDays(m.day ?? addDays(m.planDate, 40), -rng.int(3, 8)), -1);
      if (reportDate < m.planDate) reportDate = m.planDate;
      meeting.postponement = {
        reason:
          m.status === 'postponed'
            ? `Đến hết hạn đăng ký chỉ có ${postponedRegistered} đơn vị đăng ký tham dự và ${rng.int(1, 4)} kiến nghị gửi trước, chưa đủ điều kiện tổ chức theo kế hoạch.`
            : 'Nội dung kiến nghị đã được giải quyết qua các buổi làm việc chuyên đề; đơn vị báo cáo dừng tổ chức hội nghị trong kỳ.',
        reportNumber: docNumber(Number(reportDate.slice(0, 4)), 'BC'),
        reportDate,
      };
    }
    files.set(`hoi-nghi/${m.id}.yaml`, yamlText(meeting));

    // Part 1: the plan posted as the notice, a separate notice once the date is set, a postponement.
    const formFile = `tep/phieu-dang-ky-doi-thoai-${m.planDate.slice(0, 4)}.pdf`;
    const howTo = [
      `Doanh nghiệp, hợp tác xã, hộ kinh doanh đăng ký tham dự và gửi kiến nghị bằng **Phiếu đăng ký tham dự và gửi kiến nghị** (mẫu kèm theo), theo một trong các cách:`,
      '',
      `1. trực tuyến trên Cổng thông tin điện tử ${unit.shortName}, mục "${unit.sectionTitle}";`,
      `2. thư điện tử gửi Văn phòng ${unit.shortName};`,
      `3. văn bản gửi hoặc nộp trực tiếp tại ${unit.oneStopDesk}.`,
      '',
      m.registrationDeadline
        ? `**Hạn cuối: ngày ${Number(m.registrationDeadline.slice(8))}/${Number(m.registrationDeadline.slice(5, 7))}/${m.registrationDeadline.slice(0, 4)}.**`
        : 'Hạn cuối nhận kiến nghị sẽ được thông báo cùng thời gian tổ chức hội nghị.',
    ].join('\n');
    const postingDelay = () => (rng.chance(0.9) ? rng.int(0, 1) : rng.int(6, 14));
    const addNotice = (kind: 'plan' | 'notice' | 'postponement', issued: IsoDate, number: string, noticeTitle: string, body: string) => {
      const [n, type] = number.split(/[/-]/);
      const slug = `${type!.toLowerCase()}-${n}-${issued.slice(0, 4)}-${kind === 'plan' ? 'ke-hoach' : kind === 'notice' ? 'thong-bao' : 'hoan'}-${m.id}`;
      const data: Record<string, unknown> = {
        meeting: m.id,
        kind,
        title: noticeTitle,
        number,
        issued,
        published: addDays(issued, postingDelay()),
        postedAtDesk: addDays(issued, rng.int(0, 3)),
      };
      if (kind !== 'postponement') data.registration = { howTo, form: formFile, address: `${unit.oneStopDesk}, thành phố Hải Phòng` };
      if (kind === 'plan') {
        const file = pdfPath(number, issued.slice(0, 4));
        files.set(file, placeholderPdf([`Ke hoach so ${number}`, unit.name, title]));
        data.attachments = [{ title: `Kế hoạch số ${number} (bản PDF)`, file }];
      }
      files.set(`thong-bao/${slug}.md`, markdownFile(data, body));
    };
    const planBody = [
      `Thực hiện kế hoạch của Ủy ban nhân dân thành phố Hải Phòng về tổ chức hội nghị đối thoại doanh nghiệp, ${unit.name} ban hành Kế hoạch số ${planNumber} tổ chức ${title.charAt(0).toLowerCase()}${title.slice(1)}.`,
      '## I. Mục đích, yêu cầu',
      '- Kịp thời nắm bắt, tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, hợp tác xã, hộ kinh doanh.',
      '- Chỉ xem xét kiến nghị liên quan đến thủ tục hành chính và chức năng quản lý nhà nước; không xem xét nội dung thuộc thẩm quyền cơ quan tư pháp, đơn thư khiếu nại, tố cáo.',
      '## II. Thời gian, địa điểm',
      `- **Thời gian:** dự kiến ${meetingWord}.`,
      `- **Địa điểm:** ${venue}.`,
      `- **Chủ trì:** ${chair}.`,
    ].join('\n\n');
    addNotice('plan', m.planDate, planNumber, `Kế hoạch tổ chức ${title.charAt(0).toLowerCase()}${title.slice(1)}`, planBody);
    if (m.start && rng.chance(0.7)) {
      const issued = workday(addDays(m.day!, -rng.int(28, 40)), -1);
      const number = docNumber(Number(issued.slice(0, 4)), 'TB');
      addNotice(
        'notice',
        issued < m.planDate ? m.planDate : issued,
        number,
        `Thông báo thời gian, địa điểm tổ chức ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
        [
          `Thực hiện Kế hoạch số ${planNumber}, ${unit.name} thông báo thời gian, địa điểm tổ chức Hội nghị như sau:`,
          `1. **Thời gian:** bắt đầu từ ${m.start.slice(11)} ngày ${Number(m.day!.slice(8))}/${Number(m.day!.slice(5, 7))}/${m.year}.`,
          `2. **Địa điểm:** ${venue}.`,
          `3. **Đăng ký tham dự, gửi kiến nghị:** chậm nhất ngày ${Number(m.registrationDeadline!.slice(8))}/${Number(m.registrationDeadline!.slice(5, 7))}/${m.registrationDeadline!.slice(0, 4)}.`,
        ].join('\n'),
      );
    }
    if (reportDate) {
      addNotice(
        'postponement',
        reportDate,
        docNumber(Number(reportDate.slice(0, 4)), 'TB'),
        `Thông báo ${m.status === 'postponed' ? 'hoãn' : 'dừng'} tổ chức ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
        `${unit.name} thông báo ${m.status === 'postponed' ? 'hoãn' : 'dừng'} tổ chức Hội nghị. ${(meeting.postponement as { reason: string }).reason} Thời gian tổ chức mới (nếu có) sẽ được thông báo sau.`,
      );
    }

    // Petitions of the meeting.
    const codes: { code: string; group: PetitionGroup; status: PetitionStatus }[] = [];
    for (let k = 0; k < m.petitions; k++, petitionIndex++) {
      const year = m.year;
      const seq = (sequence.get(year) ?? 0) + 1;
      sequence.set(year, seq);
      const width = Math.max(2, String(perYearPetitions.get(year) ?? 0).length);
      const code = `KN-${year}-${pad(seq, width)}`;
      const group = petitionIndex < GROUPS.length ? GROUPS[petitionIndex]! : rng.pick(GROUPS);
      const theme = rng.pick(THEMES[group]);

      const kind = rng.weighted({ enterprise: 6, cooperative: 1, 'household-business': 3 });
      let name: string;
      if (kind === 'enterprise') name = `${rng.pick(COMPANY_FORMS)} ${rng.pick(SECTORS)} ${rng.pick(BRANDS)}`;
      else if (kind === 'cooperative') name = `Hợp tác xã ${rng.pick(COOP_SECTORS)} ${unit.place}`;
      else name = `Hộ kinh doanh ${rng.pick(HOUSEHOLD_TRADES)} ${personName()}`;
      const who = kind === 'enterprise' ? 'Công ty' : kind === 'cooperative' ? 'Hợp tác xã' : 'Hộ kinh doanh';

      let status: PetitionStatus;
      if (m.status === 'held') {
        status = rng.weighted({
          'answered-at-meeting': 34,
          'answered-in-writing': 30,
          transferred: 8,
          escalated: 7,
          declined: 7,
          pending: 14,
        });
        if (!forcedStatuses && k < PETITION_STATUSES.length && m.petitions >= PETITION_STATUSES.length) status = PETITION_STATUSES[k]!;
      } else if (m.status === 'postponed' || m.status === 'cancelled')
        status = rng.weighted({ pending: 4, 'answered-in-writing': 4, transferred: 2 });
      else status = rng.weighted({ pending: 85, 'answered-in-writing': 15 });

      let received: IsoDate;
      let channel: string;
      if (status === 'answered-at-meeting' || (m.status === 'held' && rng.chance(0.1))) {
        received = m.day ?? addDays(m.planDate, rng.int(1, 30));
        channel = m.day ? 'at-meeting' : 'portal';
        if (!m.day) status = 'pending';
      } else {
        const anchor = m.registrationDeadline ?? addDays(m.planDate, 45);
        received = rng.chance(0.9) ? addDays(anchor, -rng.int(0, 40)) : addDays(anchor, rng.int(1, 10));
        if (received <= m.planDate) received = addDays(m.planDate, rng.int(1, 5));
        if (m.day && received > m.day) received = m.day;
        channel = rng.weighted({ portal: 5, email: 3, letter: 2, other: 1 });
      }
      if (status === 'answered-at-meeting' && channel !== 'at-meeting') channel = 'portal';

      const scope =
        status === 'declined'
          ? 'out-of-scope'
          : status === 'escalated' || (status === 'transferred' && rng.chance(0.8))
            ? 'beyond-competence'
            : rng.chance(0.95)
              ? 'in-competence'
              : 'beyond-competence';
      const slots: Record<string, string | number> = {
        who,
        unit: unit.shortName,
        office: '',
        place: unit.place,
        project: rng.pick(PROJECTS),
        amount: rng.int(2, 120),
        percent: rng.int(10, 45),
        workers: rng.int(8, 900),
        year,
        since: year - rng.int(2, 12),
        month: rng.int(1, 12),
        times: rng.int(2, 4),
        days: rng.int(30, 120),
        zone: rng.pick(INDUSTRIAL_ZONES),
        length: rng.int(3, 15) * 100,
      };
      const answeringOffice = office();
      slots.office = answeringOffice;

      const data: Record<string, unknown> = {
        meeting: m.id,
        code,
        title: fill(theme.title, slots),
        submitter: kind === 'household-business' ? { name, kind } : { name, kind, taxCode: `02${pad(rng.int(0, 99_999_999), 8)}` },
        received,
        channel,
        group,
        scope,
        coordination: rng.chance(0.15),
        status,
        resolved: false,
      };
      const answerDay = (from: IsoDate, min: number, max: number) => {
        const d = workday(addDays(from, rng.int(min, max)));
        return d < received ? workday(received) : d;
      };
      if (status === 'answered-at-meeting') {
        data.resolved = rng.chance(0.8);
        data.answer = {
          date: m.day,
          by: answeringOffice,
          text: `Tại Hội nghị, đại diện ${answeringOffice} trả lời:\n\n${theme.answer.map((p) => `- ${fill(p, slots)}`).join('\n')}\n\nĐại diện ${name} thống nhất với nội dung trả lời.`,
        };
      } else if (status === 'answered-in-writing') {
        data.resolved = rng.chance(0.7);
        const date = answerDay(m.day ?? received, 2, m.day ? (rng.chance(0.85) ? 9 : 30) : 20);
        const number = answerNumber(Number(date.slice(0, 4)));
        const answer: Record<string, unknown> = { date, by: rng.chance(0.5) ? unit.name : answeringOffice, number };
        if (rng.chance(0.25)) {
          const file = pdfPath('tra-loi', code);
          files.set(file, placeholderPdf([`Van ban so ${number}`, `Tra loi kien nghi ${code}`, unit.name]));
          answer.file = file;
        }
        answer.text = `${theme.answer.map((p) => fill(p, slots)).join('\n\n')}\n\nNội dung trả lời chi tiết tại Văn bản số ${number}.`;
        data.answer = answer;
      } else if (status === 'transferred' || status === 'escalated') {
        const to = status === 'escalated' ? 'Ủy ban nhân dân thành phố Hải Phòng' : rng.pick(HIGHER_AGENCIES);
        data.transferredTo = to;
        if (rng.chance(0.6)) {
          const date = answerDay(m.day ?? received, 1, 10);
          const number = answerNumber(Number(date.slice(0, 4)));
          data.answer = {
            date,
            by: unit.name,
            number,
            text: `Nội dung kiến nghị vượt thẩm quyền của ${unit.shortName}. Ngày ${Number(date.slice(8))}/${Number(date.slice(5, 7))}/${date.slice(0, 4)}, ${unit.shortName} đã ${status === 'escalated' ? 'báo cáo' : 'chuyển kiến nghị đến'} **${to}** (Văn bản số ${number}) để xem xét, giải quyết theo thẩm quyền; kết quả sẽ được cập nhật trên Cổng thông tin điện tử.`,
          };
        }
      } else if (status === 'declined') {
        if (rng.chance(0.7)) {
          data.answer = {
            date: answerDay(m.day ?? received, 0, 7),
            by: answeringOffice,
            text: `Nội dung kiến nghị thuộc thẩm quyền giải quyết của cơ quan tư pháp hoặc là đơn khiếu nại, không thuộc phạm vi hội nghị đối thoại theo kế hoạch. ${unit.shortName} đã hướng dẫn ${name} gửi đến cơ quan có thẩm quyền.`,
          };
        }
      }
      if (status === 'pending') delete data.resolved;

      const problem = rng.sample(theme.problem, Math.min(2, theme.problem.length)).map((p) => fill(p, slots));
      const body = [
        `${name} ${rng.pick(['có trụ sở', 'hoạt động sản xuất kinh doanh'])} tại ${rng.chance(0.3) ? rng.pick(INDUSTRIAL_ZONES) : `đường ${rng.pick(STREETS)}, ${unit.place}`}.`,
        ...problem,
        fill(rng.pick(theme.ask), slots),
      ].join('\n\n');
      files.set(`kien-nghi/${code.toLowerCase()}.md`, markdownFile(data, body));
      stats.petitions[status]++;
      stats.groups[group]++;
      codes.push({ code, group, status });
    }
    if (m.status === 'held' && m.petitions >= PETITION_STATUSES.length) forcedStatuses = true;

    // Parts 2 and 4 for meetings that took place.
    if (m.status === 'held' && m.day) {
      const opening = m.start!.slice(11);
      files.set(
        `noi-dung/chuong-trinh-${m.id}.md`,
        markdownFile(
          {
            meeting: m.id,
            kind: 'agenda',
            title: `Chương trình ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
            published: addDays(m.day, -rng.int(1, 4)),
            agenda: [
              { time: opening, item: 'Tuyên bố lý do, giới thiệu đại biểu', presenter: `Văn phòng ${unit.shortName}` },
              { item: 'Báo cáo tình hình kinh tế - xã hội và tổng hợp kiến nghị', presenter: office() },
              { item: 'Doanh nghiệp, hợp tác xã, hộ kinh doanh phát biểu, kiến nghị', presenter: 'Đại biểu doanh nghiệp' },
              { item: 'Các cơ quan, đơn vị trả lời kiến nghị', presenter: 'Các cơ quan, đơn vị' },
              { item: 'Phát biểu kết luận', presenter: chair },
            ],
          },
          `Chương trình Hội nghị ngày ${Number(m.day.slice(8))}/${Number(m.day.slice(5, 7))}/${m.year} tại ${venue}. Đại biểu vui lòng có mặt trước giờ khai mạc 15 phút.`,
        ),
      );
      const byGroup = GROUPS.map((g) => [g, codes.filter((c) => c.group === g).length] as const).filter(([, n]) => n > 0);
      files.set(
        `noi-dung/bao-cao-${m.id}.md`,
        markdownFile(
          {
            meeting: m.id,
            kind: 'report',
            title: `Báo cáo tổng hợp kiến nghị của doanh nghiệp, hợp tác xã, hộ kinh doanh ${meetingWord}`,
            published: m.day,
          },
          [
            `Đến ngày ${Number(m.registrationDeadline!.slice(8))}/${Number(m.registrationDeadline!.slice(5, 7))}/${m.registrationDeadline!.slice(0, 4)}, ${unit.shortName} tiếp nhận ${codes.length} kiến nghị của doanh nghiệp, hợp tác xã, hộ kinh doanh.`,
            '| Nhóm | Số kiến nghị |\n|---|---|\n' + byGroup.map(([g, n]) => `| ${GROUP_NAMES[g]} | ${n} |`).join('\n'),
          ].join('\n\n'),
        ),
      );
      if (rng.chance(0.8)) {
        files.set(
          `noi-dung/bien-ban-${m.id}.md`,
          markdownFile(
            {
              meeting: m.id,
              kind: 'minutes',
              title: `Biên bản ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
              published: addDays(m.day, rng.int(1, 5)),
            },
            `Hội nghị bắt đầu lúc ${opening} ngày ${Number(m.day.slice(8))}/${Number(m.day.slice(5, 7))}/${m.year}, có ${meeting.attendedCount} doanh nghiệp, hợp tác xã, hộ kinh doanh tham dự. ${chair} chủ trì. Hội nghị kết thúc lúc 11 giờ 30 cùng ngày.`,
          ),
        );
      }
      if (rng.chance(0.94)) {
        const issued = workday(addDays(m.day, rng.int(1, 6)));
        const number = docNumber(Number(issued.slice(0, 4)), 'TB');
        const conclusion: Record<string, unknown> = {
          meeting: m.id,
          title: `Thông báo kết luận ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
          number,
          issued,
          published: addDays(issued, postingDelay()),
          signer: { position: unit.kind === 'commune' ? 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' : 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC', name: personName() },
        };
        if (rng.chance(0.7)) {
          const file = pdfPath(number, issued.slice(0, 4));
          files.set(file, placeholderPdf([`Thong bao ket luan so ${number}`, unit.name]));
          conclusion.attachments = [{ title: `Thông báo số ${number} (bản PDF)`, file }];
        }
        const sections = byGroup.map(([g], i) => {
          const list = codes.filter((c) => c.group === g).map((c) => c.code);
          const shown = list.length > 12 ? `${list.slice(0, 12).join(', ')} và ${list.length - 12} kiến nghị khác` : list.join(', ');
          return `${i + 1}. **${GROUP_NAMES[g]} (${shown}):** ${rng.pick(CONCLUSION_LINES)}`;
        });
        files.set(
          `ket-luan/${slugify(`tb ${number.split('/')[0]} ${issued.slice(0, 4)} ket luan ${m.id}`)}.md`,
          markdownFile(
            conclusion,
            [
              `Ngày ${Number(m.day.slice(8))}/${Number(m.day.slice(5, 7))}/${m.year}, ${unit.name} tổ chức ${title.charAt(0).toLowerCase()}${title.slice(1)}. Sau khi nghe ý kiến của doanh nghiệp và các cơ quan, đơn vị, ${chair.charAt(0).toLowerCase()}${chair.slice(1)} kết luận như sau:`,
              '## I. Kết luận đối với các nhóm kiến nghị',
              sections.join('\n'),
              '## II. Tổ chức thực hiện',
              `Giao ${office()} theo dõi, đôn đốc, cập nhật kết quả giải quyết từng kiến nghị trên Cổng thông tin điện tử; báo cáo kết quả về ${unit.kind === 'department' ? 'Ủy ban nhân dân thành phố' : 'Sở Tài chính'} đúng thời hạn.`,
            ].join('\n\n'),
          ),
        );
      }
    }
  }

  for (const [file, content] of files) {
    stats.files++;
    stats.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : file;
    stats.collections[folder] = (stats.collections[folder] ?? 0) + 1;
  }
  return { files, stats };
}

const CONCLUSION_LINES = [
  'thống nhất nội dung các cơ quan, đơn vị đã trả lời tại Hội nghị; các kiến nghị chưa trả lời được trả lời bằng văn bản trong thời hạn quy định.',
  'giao cơ quan chuyên môn phối hợp các sở, ngành liên quan tham mưu trả lời bằng văn bản.',
  'nội dung vượt thẩm quyền được tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét, chỉ đạo.',
  'đề nghị doanh nghiệp phối hợp cung cấp hồ sơ để cơ quan chuyên môn giải quyết dứt điểm.',
];
