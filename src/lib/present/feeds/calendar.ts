/**
 * `/lich.ics`: every meeting with a time, in Vietnam's time zone. Calendar apps recognise an event by
 * its UID and replace their copy when SEQUENCE grows, so a meeting that is moved or postponed keeps its
 * UID and gets a higher SEQUENCE: one more for each postponement notice, and one more when the meeting
 * is postponed or cancelled without one.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { VIETNAM_TIME_ZONE, vietnamInstant } from '../../base/dates/civil.ts';
import type { Meeting, Site } from '../../domain/model/site.ts';
import { meetingFormatLabel, meetingStatusLabel } from '../view/labels.ts';

// Vietnam has kept UTC+7 without daylight saving since 1975: one fixed STANDARD rule describes it.
// ical-generator only writes a VTIMEZONE through a time-zone library, so it is written here.
export const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${VIETNAM_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19750613T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarOptions {
  /** The calendar's name */
  name: string;
  /** Host for the events' UIDs (stable across builds) */
  host: string;
  /** The public URL of a meeting page */
  meetingUrl: (id: string) => string;
}

/** How many times calendar apps must have seen the meeting change. */
export function meetingSequence(meeting: Meeting): number {
  const notices = meeting.notices.filter((n) => n.data.kind === 'postponement').length;
  const offSchedule = meeting.data.status === 'postponed' || meeting.data.status === 'cancelled';
  return offSchedule && notices === 0 ? 1 : notices;
}

/** The last day the meeting's public record changed: its latest notice, else its plan's date. */
function lastChanged(meeting: Meeting): string {
  const dates = [meeting.data.plan?.date, meeting.data.postponement?.reportDate, ...meeting.notices.map((n) => n.data.published)];
  return (
    dates
      .filter((d): d is string => Boolean(d))
      .sort()
      // With no known date (plan and notices `unknown`), the meeting's own day.
      .at(-1) ?? meeting.data.start!.slice(0, 10)
  );
}

/** The iCalendar text of every meeting that has a start. */
export function meetingsCalendar(site: Site, options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: site.unit.shortName, product: 'doi-thoai-doanh-nghiep', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const m of site.meetings) {
    if (!m.data.start) continue;
    const changed = vietnamInstant(lastChanged(m));
    const status = m.data.status === 'cancelled' || m.data.status === 'postponed' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED;
    const description = [
      `${meetingStatusLabel(m.data.status)} · ${meetingFormatLabel(m.data.format)}`,
      m.data.chair,
      m.data.topic,
      m.data.postponement?.reason,
      options.meetingUrl(m.id),
    ].filter(Boolean);
    calendar.createEvent({
      id: `${m.id}@${options.host}`,
      sequence: meetingSequence(m),
      // A local date-time string with a TZID writes the wall-clock time, whatever the machine's zone.
      // A day without an hour is an all-day event: no invented 08:00.
      ...(m.data.start.length === 10
        ? { start: m.data.start, allDay: true }
        : { start: `${m.data.start}:00`, timezone: VIETNAM_TIME_ZONE }),
      stamp: changed,
      lastModified: changed,
      summary: m.data.title,
      ...(m.data.venue ? { location: m.data.venue } : {}),
      description: description.join('\n'),
      url: options.meetingUrl(m.id),
      status,
    });
  }
  const text = calendar.toString();
  return text.includes('BEGIN:VEVENT') ? text.replace('BEGIN:VEVENT', `${VTIMEZONE}\r\nBEGIN:VEVENT`) : text;
}
