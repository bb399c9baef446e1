/**
 * "Gửi kiến nghị / Đăng ký tham dự": a page per upcoming meeting saying by when, through which channels
 * the unit really offers (its online form and its national-portal page only when `don-vi.yaml` names
 * them; e-mail with the subject and body filled in; post; the one-stop desk), the form to download, and
 * what happens next and by when. After the deadline a notice shows a banner pointing to the results instead.
 */
import { t } from '../../../i18n/index.ts';
import type { Meeting } from '../../domain/model/site.ts';
import type { NoticeData, Entry } from '../../domain/model/types.ts';
import { formatDecreeDate, formatMeetingTime, orUnknown } from '../view/format.ts';
import { frameOf, type Crumb, type PageFrame } from '../view/frame.ts';
import { download, type DownloadLink } from '../view/items.ts';
import type { SiteView } from '../view/site-view.ts';

/** The notices that call businesses to a meeting: they carry its registration. */
const ANNOUNCING: readonly NoticeData['kind'][] = ['plan', 'notice'];

export type ChannelKind = 'online-form' | 'national-portal' | 'email' | 'post' | 'desk';

export interface Channel {
  kind: ChannelKind;
  label: string;
  /** A link to follow (the form, a prefilled e-mail) */
  href?: string;
  /** What the link or the line says */
  text: string;
}

export interface TakePartPage {
  frame: PageFrame;
  title: string;
  crumbs: Crumb[];
  meeting: { href: string; title: string; when?: string; venue: string };
  /** `YYYY-MM-DD`: the last day to register and send petitions, when known */
  deadline?: string;
  deadlineText: string;
  /** Registration still open on the build's day */
  open: boolean;
  channels: Channel[];
  /** The registration form and its other versions (the notice's attachments that are forms) */
  forms: DownloadLink[];
  notice?: { href: string; title: string };
  next: string[];
}

/** The meeting's announcing notice (the plan or the notice of its time), newest first. */
export function announcingNotice(meeting: Meeting): Entry<NoticeData> | undefined {
  return meeting.notices.find((n) => ANNOUNCING.includes(n.data.kind) && n.data.registration);
}

/** The last day to register and send petitions: the meeting's own, else the audit's cut-off. */
export function registrationDeadline(view: SiteView, meeting: Meeting): string | undefined {
  return meeting.data.registrationDeadline ?? view.auditByMeeting.get(meeting.id)?.deadlines.find((d) => d.rule === 'petition-cutoff')?.due;
}

/** Whether businesses can still register for a meeting on the view's day. */
export function registrationOpen(view: SiteView, meeting: Meeting): boolean {
  if (meeting.data.status === 'held' || meeting.data.status === 'cancelled') return false;
  if (meeting.day && meeting.day < view.asOf) return false;
  const deadline = registrationDeadline(view, meeting);
  return !deadline || view.asOf <= deadline;
}

/** The meetings businesses can still take part in: planned or scheduled, not past. */
export function upcomingMeetings(view: SiteView): Meeting[] {
  return view.site.meetings.filter((m) => (m.data.status === 'planned' || m.data.status === 'scheduled') && !(m.day && m.day < view.asOf));
}

/** The take-part page's address for a meeting, when it has one. */
export function takePartHref(view: SiteView, meeting: Meeting): string | undefined {
  return upcomingMeetings(view).includes(meeting) ? `${view.urls.home}tham-gia/${meeting.id}/` : undefined;
}

/** The static paths of the take-part pages. */
export function takePartPaths(view: SiteView) {
  return upcomingMeetings(view).map((m) => ({ params: { meeting: m.id } }));
}

/** A `mailto:` link with the subject and the body of a petition filled in. */
export function mailtoHref(email: string, meetingTitle: string): string {
  const subject = t('reader.takePart.mailSubject', { meeting: meetingTitle });
  const body = t('reader.takePart.mailBody');
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** One meeting's take-part page. */
export function takePartPage(view: SiteView, id: string): TakePartPage {
  const { site, urls } = view;
  const meeting = site.meetingById.get(id);
  if (!meeting) throw new Error(`no meeting "${id}"`);
  const m = meeting.data;
  const unit = site.unit;
  const notice = announcingNotice(meeting);
  const registration = notice?.data.registration;
  const deadline = registrationDeadline(view, meeting);
  const title = t('reader.takePart.title');
  const channels: Channel[] = [];
  const online = unit.participation;
  if (online?.onlineFormUrl)
    channels.push({
      kind: 'online-form',
      label: t('reader.takePart.onlineForm'),
      href: online.onlineFormUrl,
      text: t('reader.takePart.onlineFormLink'),
    });
  if (online?.nationalPortalUrl)
    channels.push({
      kind: 'national-portal',
      label: t('reader.takePart.nationalPortal'),
      href: online.nationalPortalUrl,
      text: t('reader.takePart.nationalPortalLink'),
    });
  const email = registration?.email ?? unit.contact?.email;
  if (email) channels.push({ kind: 'email', label: t('reader.takePart.email'), href: mailtoHref(email, m.title), text: email });
  const address = registration?.address ?? unit.contact?.address;
  if (address) channels.push({ kind: 'post', label: t('reader.takePart.post'), text: address });
  channels.push({ kind: 'desk', label: t('reader.takePart.desk'), text: unit.oneStopDesk });

  const forms: DownloadLink[] = [];
  if (registration?.form) forms.push(download(view, registration.form, t('site.registrationForm')));
  for (const a of notice?.data.attachments ?? [])
    if (!forms.some((f) => f.href === urls.file(a.file))) forms.push(download(view, a.file, a.title));

  const answerDays = site.rules.numbers.answerDays.value;
  const conclusionDays = site.rules.numbers.conclusionDays.value;
  const when = m.start ? formatMeetingTime(m.start) : m.period;
  const next = [
    t('reader.takePart.next1'),
    when ? t('reader.takePart.next2', { when }) : t('reader.takePart.next2Later'),
    answerDays !== null ? t('reader.takePart.next3', { days: answerDays }) : t('reader.takePart.next3NoDays'),
    ...(conclusionDays !== null ? [t('reader.takePart.next4', { days: conclusionDays })] : []),
  ];
  return {
    frame: frameOf(view, [m.plan?.date, notice?.data.published]),
    title,
    crumbs: [{ label: t('site.meetings'), href: urls.meetings }, { label: m.title, href: urls.meeting(meeting.id) }, { label: title }],
    meeting: { href: urls.meeting(meeting.id), title: m.title, when, venue: orUnknown(m.venue) },
    deadline,
    deadlineText: deadline ? formatDecreeDate(deadline) : t('reader.takePart.deadlineLater'),
    open: registrationOpen(view, meeting),
    channels,
    forms,
    notice: notice && { href: urls.doc('thong-bao', notice.id), title: notice.data.title },
    next,
  };
}
