/**
 * The meetings part of the contract: a meeting's record (kind, time, place, people, agenda, attendance, motions)
 * and the figures computed from it (convened, present, quorum, each motion's percentages). People are named by
 * reference (a member id, a CCCD number, a union group's name, the BCH, or a name for someone outside the
 * register): the core resolves every reference in one place and refuses an unknown one by name.
 */
import { z } from 'zod';
import { fileData } from './file-data';
import { jobRef } from './jobs-contract';

export const MEETING_KINDS = ['bch', 'standing', 'group', 'workers-conference', 'congress', 'other'] as const;
export const meetingKind = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof meetingKind>;

export const MEETING_STATUSES = ['planned', 'held', 'minutesSigned'] as const;
export const meetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof meetingStatus>;

/** Local wall-clock time in Asia/Ho_Chi_Minh, to the minute: what a Giấy mời prints. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Thời gian phải có dạng YYYY-MM-DDTHH:mm')
  .refine((s) => {
    const d = new Date(`${s}:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 16) === s;
  }, 'Thời gian không tồn tại');

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();
const idNumber = z.string().regex(/^(\d{9}|\d{12})$/, 'Số CCCD phải có 12 chữ số (CMND cũ: 9 chữ số)');

/** One person: a member (by id or CCCD) or, for someone outside the register, a name. */
export const personRef = z.union([
  z.object({ memberId: z.string().min(1) }).strict(),
  z.object({ idNumber }).strict(),
  z.object({ name: text(200) }).strict(),
]);
export type PersonRef = z.infer<typeof personRef>;

/** Who is invited: a member, a whole union group (with its sub-groups), the current BCH, or a guest. */
export const inviteeRef = z.union([
  z.object({ memberId: z.string().min(1) }).strict(),
  z.object({ idNumber }).strict(),
  z.object({ unitId: z.string().min(1) }).strict(),
  z.object({ unit: text(200) }).strict(),
  z.object({ bch: z.literal(true) }).strict(),
  z.object({ name: text(200), organisation: optText(300) }).strict(),
]);
export type InviteeRef = z.infer<typeof inviteeRef>;

/** Something attached to an agenda item: a document of the register, or a file stored with the meeting (addFile). */
export const attachmentRef = z.union([
  z.object({ documentId: z.string().min(1) }).strict(),
  z.object({ fileId: z.string().min(1) }).strict(),
]);
export type AttachmentRef = z.infer<typeof attachmentRef>;

/** A file a user hands the meeting (an agenda item's paper): bounded, since it is stored in the vault. */
export const MEETING_FILE_MAX_BYTES = 20 * 1024 * 1024;

export const opinion = z.object({ speaker: text(200), text: text(20_000) }).strict();

export const agendaItem = z
  .object({
    title: text(500),
    presenter: optText(200),
    /** When the item starts, as printed on the agenda ("08:30"). */
    time: z
      .string()
      .regex(/^\d{2}:\d{2}$/, 'Giờ phải có dạng HH:mm')
      .nullable()
      .optional(),
    opinions: z.array(opinion).max(500).default([]),
    conclusion: optText(20_000),
    attachments: z.array(attachmentRef).max(50).default([]),
  })
  .strict();

/** A member's attendance: present, absent (with a reason), excused, or represented by another member. */
export const attendanceMark = z.union([
  z.object({ state: z.literal('present') }).strict(),
  z.object({ state: z.literal('absent'), reason: optText(1000) }).strict(),
  z.object({ state: z.literal('excused'), reason: optText(1000) }).strict(),
  z.object({ state: z.literal('proxy'), proxy: personRef }).strict(),
]);
export const attendanceEntry = z.intersection(z.object({ member: personRef }), attendanceMark);
export type AttendanceEntry = z.infer<typeof attendanceEntry>;

/** How a motion passes: more than half, or at least two thirds, of those present. */
export const MOTION_RULES = ['majority', 'twoThirds'] as const;
const count = z.number().int().min(0).max(1_000_000);
export const motionInput = z
  .object({
    text: text(5000),
    for: count,
    against: count,
    abstain: count.default(0),
    rule: z.enum(MOTION_RULES).default('majority'),
  })
  .strict();

const meetingFields = {
  kind: meetingKind,
  title: text(500),
  startsAt: localDateTime,
  endsAt: localDateTime.nullable().optional(),
  place: optText(500),
  onlineUrl: z
    .string()
    .trim()
    .url('Đường dẫn họp trực tuyến không hợp lệ')
    .max(2000)
    .refine((u) => u.startsWith('https://'), 'Đường dẫn họp trực tuyến phải bắt đầu bằng https://')
    .nullable()
    .optional(),
  chair: personRef.nullable().optional(),
  secretary: personRef.nullable().optional(),
  invitees: z.array(inviteeRef).max(10_000),
  agenda: z.array(agendaItem).max(200),
  attendance: z.array(attendanceEntry).max(10_000),
  motions: z.array(motionInput).max(200),
  status: meetingStatus,
};

export const meetingCreate = z
  .object({
    ...meetingFields,
    invitees: meetingFields.invitees.default([]),
    agenda: meetingFields.agenda.default([]),
    attendance: meetingFields.attendance.default([]),
    motions: meetingFields.motions.default([]),
    status: meetingStatus.default('planned'),
  })
  .strict();
export type MeetingCreate = z.infer<typeof meetingCreate>;

export const meetingUpdate = z
  .object({ id: z.string().min(1), ...meetingFields })
  .partial()
  .required({ id: true })
  .strict();
export type MeetingUpdate = z.infer<typeof meetingUpdate>;

/** A person as the record answers it: the member's id and name, or the name alone. */
export const person = z.object({ memberId: z.string().nullable(), name: z.string() });
export type Person = z.infer<typeof person>;

export const invitee = z.object({
  type: z.enum(['member', 'unit', 'bch', 'guest']),
  memberId: z.string().nullable(),
  unitId: z.string().nullable(),
  name: z.string(),
  organisation: z.string().nullable(),
});

export const motion = z.object({
  text: z.string(),
  for: z.number().int(),
  against: z.number().int(),
  abstain: z.number().int(),
  rule: z.enum(MOTION_RULES),
  /** Percentages of those present, rounded to 2 decimals. */
  percentFor: z.number(),
  percentAgainst: z.number(),
  percentAbstain: z.number(),
  passed: z.boolean(),
});

export const meeting = z.object({
  id: z.string(),
  kind: meetingKind,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  chair: person.nullable(),
  secretary: person.nullable(),
  status: meetingStatus,
  /** The Biên bản in the register (meetings.minutes), draft or issued; null before it is made. */
  minutesDocumentId: z.string().nullable(),
  /** The Nghị quyết made from the passed motions (meetings.resolution), draft or issued; null before. */
  resolutionDocumentId: z.string().nullable(),
  invitees: z.array(invitee),
  agenda: z.array(
    z.object({
      title: z.string(),
      presenter: z.string().nullable(),
      time: z.string().nullable(),
      opinions: z.array(z.object({ speaker: z.string(), text: z.string() })),
      conclusion: z.string().nullable(),
      /** In the order given; `name` is the document's "07/BB-CĐCS – summary" or the file's name. */
      attachments: z.array(z.object({ type: z.enum(['document', 'file']), id: z.string(), name: z.string() })),
    }),
  ),
  attendance: z.array(
    z.object({
      member: person,
      state: z.enum(['present', 'absent', 'excused', 'proxy']),
      reason: z.string().nullable(),
      proxy: person.nullable(),
    }),
  ),
  motions: z.array(motion),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meeting>;

/** What the record implies: who was convened, who came, whether the meeting could decide. */
export const meetingFigures = z.object({
  /** Members convened (groups and the BCH expanded, each person once; guests are not counted). */
  convened: z.number().int(),
  /** Present in person or by proxy. */
  present: z.number().int(),
  /** "Có mặt 9/11". */
  presentText: z.string(),
  /** The quorum as a fraction of those convened (null: this kind has none), the head count it needs, and if met. */
  quorum: z.object({ fraction: z.string().nullable(), required: z.number().int(), met: z.boolean() }),
  convenedMembers: z.array(person),
});

/** A line of the meetings list: the record's own fields, picked so the two can never disagree. */
export const meetingSummary = meeting.pick({
  id: true,
  kind: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  status: true,
});

const idRef = z.object({ id: z.string().min(1) }).strict();

export const meetingCommands = {
  'meetings.create': { input: meetingCreate, output: z.object({ id: z.string() }) },
  'meetings.update': { input: meetingUpdate, output: z.object({ id: z.string() }) },
  'meetings.get': { input: idRef, output: z.object({ meeting, figures: meetingFigures }) },
  /** Upcoming (planned, soonest first), held, or minutes signed (latest first); all by date when no status. */
  'meetings.list': {
    input: z
      .object({
        status: meetingStatus.optional(),
        from: localDateTime.optional(),
        to: localDateTime.optional(),
        limit: z.number().int().min(1).max(10_000).default(500),
      })
      .strict(),
    output: z.object({ items: z.array(meetingSummary) }),
  },
  'meetings.delete': { input: idRef, output: z.object({ ok: z.literal(true) }) },
  /** Replaces the attendance list (fast ticking of who came). */
  'meetings.setAttendance': {
    input: z.object({ id: z.string().min(1), attendance: z.array(attendanceEntry).max(10_000) }).strict(),
    output: z.object({ id: z.string() }),
  },
  /**
   * Makes (or, while not issued, refreshes from the record) the meeting's Biên bản: a draft BB in the register.
   * A draft the secretary edited since is a CONFLICT unless `overwrite` (their edits are then lost).
   */
  'meetings.minutes': {
    input: z.object({ id: z.string().min(1), overwrite: z.boolean().optional() }).strict(),
    output: z.object({ documentId: z.string() }),
  },
  /**
   * Renders, stores nothing: ONE Giấy mời (pdf or docx) and one .ics per invited person (members, groups and the
   * BCH expanded, guests). About 1 KB per .ics: a conference of 2,000 stays a few MB.
   */
  'meetings.invitations': {
    input: z.object({ id: z.string().min(1), format: z.enum(['pdf', 'docx']).default('pdf') }).strict(),
    output: z.object({ files: z.array(fileData) }),
  },
  /** Stores a file with the meeting (to attach to agenda items by its fileId); bytes as base64. */
  'meetings.addFile': {
    input: z
      .object({
        id: z.string().min(1),
        fileName: z.string().trim().min(1).max(255),
        mime: z.string().max(200),
        base64: z.string().max(Math.ceil(MEETING_FILE_MAX_BYTES / 3) * 4),
      })
      .strict(),
    output: z.object({ fileId: z.string() }),
  },
  /** One stored file's bytes. */
  'meetings.getFile': {
    input: z.object({ id: z.string().min(1), fileId: z.string().min(1) }).strict(),
    output: fileData,
  },
  /**
   * Makes (or, while not issued, refreshes from the record) the Nghị quyết of the motions that passed: a draft NQ
   * in the register; for a congress the nghị quyết đại hội, with the election results. Same CONFLICT rules as
   * minutes. VALIDATION when no motion passed.
   */
  'meetings.resolution': {
    input: z.object({ id: z.string().min(1), overwrite: z.boolean().optional() }).strict(),
    output: z.object({ documentId: z.string() }),
  },
  /** A job: the offline meeting pack (one PDF + a .zip of .docx); its result is a `meetingPack`. */
  'meetings.pack': {
    input: z.object({ id: z.string().min(1) }).strict(),
    output: jobRef,
  },
} as const;

/** What a finished `meetings.pack` job answers (jobs.wait/jobs.get `result`). */
export const meetingPack = z.object({
  /** The whole pack as one PDF, page numbers running across it. */
  pdf: fileData,
  /** The same parts as .docx files (plus attached files as they were given). */
  zip: fileData,
  pages: z.number().int(),
  /** The table of contents: each part's title, its first page in the PDF and its page count. */
  parts: z.array(z.object({ title: z.string(), firstPage: z.number().int(), pages: z.number().int() })),
});
export type MeetingPack = z.infer<typeof meetingPack>;

export const meetingsContract = { commands: meetingCommands } as const;
