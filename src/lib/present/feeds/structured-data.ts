/** schema.org data for search engines: a meeting as an `Event` (JSON-LD), organised by the unit. */
import type { Meeting } from '../../domain/model/site.ts';
import type { Unit } from '../../domain/model/types.ts';

const EVENT_STATUS: Record<string, string> = {
  planned: 'https://schema.org/EventScheduled',
  scheduled: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
};

const ATTENDANCE: Record<string, string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

/** The meeting as a schema.org Event, or nothing while it has no start (schema.org requires one). */
export function meetingEvent(meeting: Meeting, unit: Unit, url: string): Record<string, unknown> | undefined {
  const m = meeting.data;
  if (!m.start) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: m.title,
    url,
    // Vietnam's offset is fixed (+07:00), so the local time is written with it.
    // A day without an hour is written as a date (schema.org accepts a Date): no invented time.
    startDate: m.start.length === 10 ? m.start : `${m.start}:00+07:00`,
    eventStatus: EVENT_STATUS[m.status],
    ...(m.format ? { eventAttendanceMode: ATTENDANCE[m.format] } : {}),
    location: {
      '@type': 'Place',
      name: m.venue ?? unit.place,
      address: { '@type': 'PostalAddress', addressLocality: unit.place, addressCountry: 'VN' },
    },
    organizer: { '@type': 'GovernmentOrganization', name: unit.name, url: unit.portalUrl },
    inLanguage: 'vi',
    isAccessibleForFree: true,
    ...(m.topic ? { about: m.topic } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the text can never close the element. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
