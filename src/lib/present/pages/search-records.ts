/**
 * Search records from the site view, before any page is rendered: the same records the built pages give
 * (../search/records.ts reads them from a page's `<main>`), made from the view models the pages
 * render (./), so that the index can be written while Astro renders, on the other core.
 *
 * Each page kind's text is its `<main>` in words, in the order the page shows them, with the labels
 * the page prints: a page and its record must not drift apart. `test/integration/search-records.test.ts`
 * compares the two for every page of generated sites; when a page changes what it shows, change the
 * matching function here.
 */
import { t, type MessageKey } from '../../../i18n/index.ts';
import { dateLine, formatDecreeDate } from '../../base/text/date-line.ts';
import { formatNumberLine } from '../../base/text/doc-number.ts';
import { foldForSearch } from '../../base/text/slug.ts';
import type { Deadline } from '../../domain/deadlines/index.ts';
import type { MeetingData } from '../../domain/model/types.ts';
import { deadlineLabel, deadlineStateText, workingDaysText } from '../audit/terminal.ts';
import { conclusionPage, contentPage, documentPaths, noticePage, type DocumentPage } from './documents.ts';
import { meetingPage, meetingPaths, type MeetingPage } from './meetings.ts';
import { petitionPage, petitionPaths } from './petitions.ts';
import { formatCount, formatMeetingTime, formatShortDate, orUnknown, shortDateOrUnknown, signerLines } from '../view/format.ts';
import { isUnresolvedAnswer, type DocItem, type DownloadLink, type PetitionRow } from '../view/items.ts';
import {
  channelLabel,
  contentKindLabel,
  meetingFormatLabel,
  meetingStatusLabel,
  noticeKindLabel,
  petitionGroupLabel,
  petitionStatusLabel,
  scopeLabel,
  submitterKindLabel,
} from '../view/labels.ts';
import type { SiteView } from '../view/site-view.ts';
import type { SearchFacets } from '../search/facets.ts';
import { fragmentText, summarize, type SearchRecord } from '../search/records.ts';

/** The words of a page, piece by piece; a piece ends where an element of the page ends. */
type Words = (string | undefined | false)[];

const collapse = (words: Words) =>
  words
    .filter((w): w is string => typeof w === 'string')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

function record(url: string, title: string, words: Words, summary: string, facets: SearchFacets): SearchRecord {
  const filters: Record<string, string[]> = { part: [facets.part] };
  if (facets.date) filters.year = [facets.date.slice(0, 4)];
  if (facets.group) filters.group = [facets.group];
  if (facets.status) filters.status = [facets.status];
  return {
    url,
    content: foldForSearch(`${title}. ${collapse(words)}`),
    language: 'vi',
    meta: { title, date: facets.date, part: facets.part, summary: summarize(summary) },
    filters,
  };
}

/** src/components/DocumentHead.astro */
function documentHead(head: DocumentPage<unknown>['head']): Words {
  if (head.plain) return [head.title];
  return [
    head.issuer.toLocaleUpperCase('vi'),
    head.number && formatNumberLine(head.number),
    head.numberUnknown && t('doc.numberLine', { number: t('fact.unknown') }),
    t('site.nation'),
    t('site.motto'),
    head.issued && dateLine(head.place, head.issued),
    head.kind,
    head.title,
  ];
}

/** src/components/Attachments.astro */
function attachments(items: DownloadLink[]): Words {
  return items.length ? [t('site.attachments'), ...items.flatMap((a) => [a.title, `(${fileLabel(a)})`])] : [];
}

/** A download's type and, when known, size: `PDF, 245 KB` */
function fileLabel(file: { typeLabel: string; sizeLabel?: string }): string {
  return file.sizeLabel ? `${file.typeLabel}, ${file.sizeLabel}` : file.typeLabel;
}

/** src/components/KnownDate.astro */
function knownDate(value: string | null | undefined, long = false): string {
  return value ? (long ? formatDecreeDate(value) : formatShortDate(value)) : t('fact.unknown');
}

/** The "Gửi kiến nghị / Đăng ký tham dự" button, while a meeting is upcoming */
function takePart(href: string | undefined): Words {
  return href ? [t('reader.takePart.button')] : [];
}

/** src/components/Signature.astro */
function signature(position: string, name: string): Words {
  return [...signerLines(position), name];
}

/** The facts every document page lists after its head: its meeting and its date. */
function meetingAndDate(page: DocumentPage<{ published: string | null }>): Words {
  return [t('site.meeting'), page.meeting.title, t('site.published'), knownDate(page.data.published)];
}

/** src/pages/thong-bao/[slug].astro */
function noticeWords(view: SiteView, id: string): [DocumentPage<unknown>, Words, string] {
  const page = noticePage(view, id);
  const d = page.data;
  const r = page.registration;
  const body = fragmentText(page.html);
  /** src/components/Registration.astro */
  const howTo = (takePartHref: string | undefined): Words =>
    d.registration && r
      ? [
          ...(r.deadline ? [`${t('site.registrationDeadline')}:`, formatDecreeDate(r.deadline)] : []),
          fragmentText(r.howToHtml ?? ''),
          ...takePart(takePartHref),
          r.form && `${t('site.download')} ${t('site.registrationForm').toLocaleLowerCase('vi')} (${fileLabel(r.form)})`,
          ...(d.registration.email ? [t('site.registrationEmail'), d.registration.email] : []),
          ...(d.registration.address ? [t('site.registrationAddress'), d.registration.address] : []),
        ]
      : [];
  const registration: Words =
    d.registration && r
      ? page.registrationOpen
        ? [t('site.registration'), ...howTo(page.takePartHref)]
        : [t('reader.takePart.closed'), t('reader.takePart.closedText'), t('reader.takePart.asAnnounced'), ...howTo(undefined)]
      : [];
  return [
    page,
    [
      ...documentHead(page.head),
      t('site.kind'),
      noticeKindLabel(d.kind),
      ...meetingAndDate(page),
      ...(d.postedAtDesk ? [t('site.postedAtDesk', { desk: page.desk }), formatShortDate(d.postedAtDesk)] : []),
      ...registration,
      body,
      ...(d.signer ? signature(d.signer.position, d.signer.name) : []),
      ...attachments(page.attachments),
    ],
    body,
  ];
}

/** src/pages/noi-dung/[slug].astro */
function contentWords(view: SiteView, id: string): [DocumentPage<unknown>, Words, string] {
  const page = contentPage(view, id);
  const d = page.data;
  const body = fragmentText(page.html);
  const agenda: Words =
    d.agenda && d.agenda.length > 0
      ? [
          t('site.agenda'),
          t('site.agendaTime'),
          t('site.agendaItem'),
          t('site.agendaPresenter'),
          ...d.agenda.flatMap((a) => [a.time ?? '', a.item, a.presenter]),
        ]
      : [];
  return [
    page,
    [
      ...documentHead(page.head),
      t('site.kind'),
      contentKindLabel(d.kind),
      ...meetingAndDate(page),
      ...agenda,
      body,
      ...attachments(page.attachments),
    ],
    body,
  ];
}

/** src/pages/ket-luan/[slug].astro */
function conclusionWords(view: SiteView, id: string): [DocumentPage<unknown>, Words, string] {
  const page = conclusionPage(view, id);
  const d = page.data;
  const body = fragmentText(page.html);
  return [
    page,
    [
      ...documentHead(page.head),
      ...meetingAndDate(page),
      body,
      ...signature(d.signer.position, d.signer.name),
      ...attachments(page.attachments),
    ],
    body,
  ];
}

/** src/components/StatusBadge.astro, for a petition */
function petitionBadge(status: string, resolved: boolean | undefined): Words {
  return [petitionStatusLabel(status), isUnresolvedAnswer(status, resolved) && `· ${t('reader.unresolved')}`];
}

/** src/components/AnswerDue.astro */
function answerDue(deadline: Deadline | undefined, answeredAtMeeting: boolean): Words {
  if (deadline)
    return [
      t('audit.petition.due'),
      formatShortDate(deadline.due!),
      `(${t('audit.finding.days', { days: deadline.days ?? '' })})`,
      t('audit.petition.dueState'),
      deadlineStateText(deadline),
    ];
  return answeredAtMeeting ? [t('audit.petition.dueState'), t('audit.petition.atMeeting')] : [];
}

/** src/pages/kien-nghi/[slug].astro */
function petitionRecord(view: SiteView, id: string, url: string): SearchRecord {
  const page = petitionPage(view, id);
  const d = page.data;
  const body = fragmentText(page.html);
  const final = page.answers.filter((a) => a.kind === 'final').at(-1);
  const others = page.answers.filter((a) => a !== final);
  const answer = page.answer;
  const submitter =
    d.submitter && d.submitter.name
      ? `${d.submitter.name} (${submitterKindLabel(d.submitter.kind)})${d.submitter.taxCode ? `, ${t('site.petition.taxCode')} ${d.submitter.taxCode}` : ''}`
      : page.submitter;
  const letter: Words =
    final && (final.number || answer?.file)
      ? [
          t('site.petition.answerFile'),
          answer?.file
            ? `${final.number ? `${t('site.petition.answerNumber')} ${final.number}` : t('site.download')} (${fileLabel(answer.file)})`
            : `${t('site.petition.answerNumber')} ${final.number} (${t('reader.answerBox.noFile')})`,
        ]
      : [];
  const words: Words = [
    page.heading,
    t('reader.answerBox.title'),
    ...petitionBadge(d.status, d.resolved),
    ...(final ? [t('site.petition.answerDate'), knownDate(final.date, true), t('site.petition.answerBy'), final.by, ...letter] : []),
    ...(d.transferredTo ? [t('site.petition.transferredTo'), d.transferredTo] : []),
    ...(d.status !== 'pending' && d.status !== 'declined'
      ? [t('site.petition.resolved'), page.resolved === null ? t('fact.unknown') : page.resolved ? t('site.yes') : t('site.no')]
      : []),
    ...answerDue(page.answerDeadline, d.status === 'answered-at-meeting'),
    final && answer?.html && t('reader.answerBox.readAnswer'),
    t('reader.updated', { date: formatDecreeDate(page.updated) }),
    t('reader.petitionFacts'),
    t('site.petition.submitter'),
    submitter,
    t('site.meeting'),
    page.meeting ? page.meeting.title : t('site.petition.standing'),
    ...(page.carriedTo.length > 0 ? [t('site.petition.carriedTo'), ...page.carriedTo.map((m) => m.title)] : []),
    t('site.petition.received'),
    knownDate(d.received, true),
    t('site.petition.channel'),
    channelLabel(d.channel),
    t('site.petition.group'),
    petitionGroupLabel(d.group),
    ...(d.topics && d.topics.length > 0 ? [t('site.petition.topics'), d.topics.join('; ')] : []),
    t('site.petition.scope'),
    scopeLabel(d.scope),
    ...(d.coordination ? [t('site.petition.coordination'), t('site.yes')] : []),
    t('site.petition.body'),
    body,
    t('site.petition.answer'),
    final && answer ? fragmentText(answer.html ?? '') : t('site.petition.noAnswer'),
    ...(others.length > 0
      ? [
          t('site.petition.answers'),
          ...others.flatMap((a): Words => [
            `${a.kindLabel}: ${a.by}, ${knownDate(a.date)}`,
            ...(a.number ? [t('site.petition.answerNumber'), a.number] : []),
            ...(a.assignee ? [t('site.petition.assignee'), a.assignee] : []),
            ...(a.dueBy ? [t('site.petition.dueBy'), knownDate(a.dueBy, true)] : []),
            ...(a.file ? [t('site.petition.answerFile'), `${t('site.download')} (${fileLabel(a.file)})`] : []),
            fragmentText(a.html ?? ''),
          ]),
        ]
      : []),
  ];
  return record(url, page.heading, words, body, page.search);
}

/** src/components/MeetingFacts.astro */
function meetingFacts(m: MeetingData, topUnit: boolean): Words {
  const p = m.postponement;
  return [
    t('site.status'),
    meetingStatusLabel(m.status),
    ...(m.start ? [t('site.time'), formatMeetingTime(m.start)] : m.period ? [t('site.period'), m.period] : []),
    ...(m.organiser ? [t('site.organiser'), m.organiser] : []),
    t('site.venue'),
    orUnknown(m.venue),
    t('site.format'),
    meetingFormatLabel(m.format),
    t('site.chair'),
    orUnknown(m.chair),
    ...(m.topic ? [t('site.topic'), m.topic] : []),
    t('site.plan'),
    m.plan && (m.plan.number !== null || m.plan.date !== null)
      ? t('site.planLine', { number: orUnknown(m.plan.number), date: shortDateOrUnknown(m.plan.date) })
      : t('fact.unknown'),
    ...(m.registrationDeadline !== undefined ? [t('site.registrationDeadline'), knownDate(m.registrationDeadline, true)] : []),
    ...(m.registeredCount !== undefined ? [t('site.registeredCount'), formatCount(m.registeredCount)] : []),
    ...(m.attendedCount !== undefined ? [t('site.attendedCount'), formatCount(m.attendedCount)] : []),
    ...(m.questionsReceived !== undefined ? [t('site.questionsReceived'), formatCount(m.questionsReceived)] : []),
    ...(m.speakersRegistered !== undefined ? [t('site.speakersRegistered'), formatCount(m.speakersRegistered)] : []),
    ...(p
      ? [
          t('site.postponement'),
          `${orUnknown(p.reason)}${
            p.reportNumber !== null || p.reportDate !== null
              ? ` (${t(topUnit ? 'site.postponementDecision' : 'site.postponementReport', {
                  number: orUnknown(p.reportNumber),
                  date: shortDateOrUnknown(p.reportDate),
                })})`
              : ''
          }`,
        ]
      : []),
  ];
}
/** src/components/DeadlineTimeline.astro */
function timeline(rows: NonNullable<MeetingPage['timeline']>['rows'], caption: string): Words {
  if (rows.length === 0) return [t('audit.page.noDeadlines')];
  return [
    caption,
    t('audit.page.ruleCol'),
    t('audit.page.dueCol'),
    t('audit.page.doneCol'),
    t('audit.page.stateCol'),
    t('audit.page.sourceCol'),
    ...rows.flatMap((d): Words => [
      deadlineLabel(d),
      d.subject,
      d.counts && t('audit.page.quorumCounts', { registered: d.counts.registered ?? '—', petitions: d.counts.petitions }),
      d.due ? formatShortDate(d.due) : t('audit.page.noDue'),
      d.done ? formatShortDate(d.done) : '—',
      t(`audit.state.${d.state}` as MessageKey),
      d.workingDaysLate !== undefined && d.days !== null && workingDaysText(d.workingDaysLate),
      `${d.source.plan}${d.source.section ? `, ${d.source.section}` : ''}`,
    ]),
  ];
}

/** src/components/DocList.astro */
function docList(items: DocItem[]): Words {
  return items.flatMap((d): Words => [
    d.title,
    d.kindLabel,
    d.number && `${t('site.number')}: ${d.number}`,
    knownDate(d.date),
    d.meetingTitle,
  ]);
}

/** src/components/PetitionTable.astro */
function petitionTable(rows: PetitionRow[], caption: string): Words {
  return [
    caption,
    t('site.petition.code'),
    t('site.petition.title'),
    t('site.petition.group'),
    t('site.petition.received'),
    t('site.petition.status'),
    ...rows.flatMap((p) => [p.code, p.title, p.submitter, p.groupLabel, knownDate(p.received), ...petitionBadge(p.status, p.resolved)]),
  ];
}

/** src/pages/hoi-nghi/[meeting].astro */
function meetingRecord(view: SiteView, id: string, url: string): SearchRecord {
  const page = meetingPage(view, id);
  const facts = meetingFacts(page.data, page.topUnit);
  const steps = page.dossier.steps;
  const part = (n: number, key: MessageKey, words: Words | false): Words => [
    `${n}. ${t(key)}`,
    ...(words || [t('site.emptyPart'), steps[n - 1]!.dueText]),
  ];
  const tl = page.timeline;
  const words: Words = [
    page.title,
    ...facts,
    ...takePart(page.takePartHref),
    ...part(1, 'site.part.thong-bao', page.notices.length > 0 && docList(page.notices)),
    ...part(2, 'site.part.noi-dung', page.contents.length > 0 && docList(page.contents)),
    ...part(3, 'site.part.kien-nghi', page.petitions.rows.length > 0 && petitionTable(page.petitions.rows, page.petitions.caption)),
    ...part(4, 'site.part.ket-luan', page.conclusions.length > 0 && docList(page.conclusions)),
    ...(tl
      ? [
          t('audit.timeline.heading'),
          t('reader.deadlinesSummary', { count: tl.rows.length }),
          ...timeline(tl.rows, tl.caption),
          ...(tl.reportHref ? [t('audit.page.reportLink'), '·'] : []),
          t('audit.page.title'),
        ]
      : []),
  ];
  return record(url, page.title, words, collapse(facts), page.search);
}

/**
 * Every page of the site that opts into search, as the records the built pages would give, in the
 * order of their URLs (so the index is the same on every machine). Each record is made when it is taken.
 * URLs are below the site's base: Pagefind's client puts its base before them.
 */
export function* siteSearchRecords(view: SiteView): Generator<SearchRecord> {
  const below = (href: string) => `/${href.slice(view.urls.home.length)}`;
  const pages: [string, (url: string) => SearchRecord][] = [];
  const documents = [
    ['thong-bao', noticeWords],
    ['noi-dung', contentWords],
    ['ket-luan', conclusionWords],
  ] as const;
  for (const [part, words] of documents) {
    for (const { params } of documentPaths(view, part)) {
      pages.push([
        below(view.urls.doc(part, params.slug)),
        (url) => {
          const [page, text, body] = words(view, params.slug);
          return record(url, page.head.title, text, body, page.search);
        },
      ]);
    }
  }
  for (const { params } of petitionPaths(view))
    pages.push([below(view.urls.doc('kien-nghi', params.slug)), (url) => petitionRecord(view, params.slug, url)]);
  for (const { params } of meetingPaths(view))
    pages.push([below(view.urls.meeting(params.meeting)), (url) => meetingRecord(view, params.meeting, url)]);
  pages.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [url, make] of pages) yield make(url);
}
