/** The member register's part of the contract (commands are merged into `commands` in contract.ts). */
import { z } from 'zod';
import { isoDate } from './iso-date';
import { fileData } from './file-data';

export const MEMBER_STATUSES = [
  'active',
  'suspended',
  'transferred_out',
  'retired',
  'withdrawn',
  'expelled',
  'ceased',
  'honorary',
] as const;
export const memberStatus = z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof memberStatus>;

/**
 * The legal lifecycle moves (DOMAIN.md): admitted → active ⇄ suspended → transferred out | retired | withdrawn |
 * expelled | ceased; honorary members exist. The core enforces this table; the UI offers only these moves.
 */
export const NEXT_STATUSES: Record<MemberStatus, MemberStatus[]> = {
  active: ['suspended', 'transferred_out', 'retired', 'withdrawn', 'expelled', 'ceased', 'honorary'],
  suspended: ['active', 'transferred_out', 'retired', 'withdrawn', 'expelled', 'ceased'],
  transferred_out: ['active'],
  retired: ['honorary', 'active'],
  withdrawn: ['active'],
  ceased: ['active'],
  expelled: [],
  honorary: ['active'],
};

/** Lifecycle events: how a member came to a status. `admitted` and `transferred_in` both lead to `active`. */
export const STATUS_EVENTS = ['admitted', 'transferred_in', 'reinstated', ...MEMBER_STATUSES] as const;

export const gender = z.enum(['male', 'female']);

/** Free labels a union gives its members ("Nữ công", "Ban nữ công", "CLB bóng đá"); at most 20 per member. */
export const MAX_TAGS = 20;
export const memberTag = z.string().trim().min(1, 'Nhãn không được để trống').max(50, 'Nhãn dài tối đa 50 ký tự');
export const memberTags = z.array(memberTag).max(MAX_TAGS, `Tối đa ${MAX_TAGS} nhãn cho một đoàn viên`);
const opt = (max: number) => z.string().trim().max(max).nullable().optional();

export const memberPosition = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().max(100).nullable().optional(),
  term: z.string().trim().max(50).nullable().optional(),
  from: isoDate.nullable().optional(),
  to: isoDate.nullable().optional(),
});
export type MemberPosition = z.infer<typeof memberPosition>;

/** Writable member fields. Only the full name is required; family/middle/given are derived unless given. */
export const memberFields = z.object({
  fullName: z.string().trim().min(1, 'Cần nhập họ và tên').max(200),
  familyName: opt(100),
  middleName: opt(100),
  givenName: opt(100),
  gender: gender.nullable().optional(),
  dateOfBirth: isoDate.nullable().optional(),
  ethnicity: opt(100),
  religion: opt(100),
  nationality: opt(100),
  idNumber: z
    .string()
    .regex(/^(\d{9}|\d{12})$/, 'Số CCCD phải có 12 chữ số (CMND cũ: 9 chữ số)')
    .nullable()
    .optional(),
  hometown: opt(300),
  address: opt(500),
  phone: z
    .string()
    .regex(/^0\d{9,10}$/, 'Số điện thoại không hợp lệ')
    .nullable()
    .optional(),
  email: z.string().trim().toLowerCase().email('Email không hợp lệ').max(200).nullable().optional(),
  zalo: opt(50),
  education: opt(200),
  qualifications: opt(300),
  partyMember: z.boolean().nullable().optional(),
  employeeCode: opt(50),
  unit: opt(200),
  jobTitle: opt(200),
  contractType: opt(100),
  startedOn: isoDate.nullable().optional(),
  duesSalary: z.number().int().nonnegative().nullable().optional(),
  hazardousWork: z.boolean().nullable().optional(),
  memberCode: opt(50),
  cardNumber: opt(50),
  cardType: opt(50),
  cardDate: isoDate.nullable().optional(),
  joinedOn: isoDate.nullable().optional(),
  emailConsent: z.boolean().nullable().optional(),
  notes: opt(5000),
  positions: z.array(memberPosition).max(50).optional(),
  tags: memberTags.optional(),
});
export type MemberFields = z.infer<typeof memberFields>;

export const member = memberFields.extend({
  id: z.string(),
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  unitId: z.string().nullable(),
  status: memberStatus,
  position: z.string().nullable(),
  positions: z.array(memberPosition),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof member>;

export const statusEvent = z.object({
  id: z.string(),
  event: z.enum(STATUS_EVENTS),
  fromStatus: memberStatus.nullable(),
  toStatus: memberStatus,
  date: isoDate,
  reason: z.string().nullable(),
  ref: z.string().nullable(),
});
export type StatusEvent = z.infer<typeof statusEvent>;

export const memberFilters = z.object({
  query: z.string().max(200).optional(),
  status: z.array(memberStatus).optional(),
  unitId: z.string().optional(),
  unit: z.string().max(200).optional(),
  gender: gender.optional(),
  /** Age in whole years on today's date, inclusive bounds. */
  ageMin: z.number().int().min(0).max(150).optional(),
  ageMax: z.number().int().min(0).max(150).optional(),
  position: z.string().max(200).optional(),
  /** Members carrying this tag (case and accents folded). */
  tag: z.string().trim().min(1).max(50).optional(),
});
export type MemberFilters = z.infer<typeof memberFilters>;

export const unit = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  memberCount: z.number().int(),
});
export type Unit = z.infer<typeof unit>;

export const importRejection = z.object({ row: z.number().int(), field: z.string(), reason: z.string() });
export const importReport = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(importRejection),
  converted: z.array(z.object({ row: z.number().int(), from: z.enum(['tcvn3', 'vni']) })),
  dryRun: z.boolean(),
  headerRow: z.number().int(),
  mapping: z.record(z.string(), z.string()),
  /** Column letter → the file's header text there, shown beside each letter in the mapping step. */
  headers: z.record(z.string(), z.string()),
  unmapped: z.array(z.string()),
  /** Columns whose header may mean the job title or the union position: not read until the user chooses. */
  ambiguous: z.array(z.object({ column: z.string(), header: z.string() })),
  /** Column letter → its first three distinct values, shown in the mapping step. */
  samples: z.record(z.string(), z.array(z.string())),
  /** Bad optional fields (email, phone…): the row imports with the field empty, unless flagged rows are skipped. */
  flagged: z.array(importRejection),
  /** Flagged rows left out because the user chose to skip them. */
  skipped: z.number().int(),
});
export type ImportReport = z.infer<typeof importReport>;

const idRef = z.object({ id: z.string().min(1) }).strict();

export const memberCommands = {
  'members.list': {
    input: memberFilters
      .extend({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(0).max(100_000).default(100) })
      .strict(),
    output: z.object({ total: z.number().int(), items: z.array(member) }),
  },
  'members.get': { input: idRef, output: z.object({ member, history: z.array(statusEvent) }) },
  'members.add': {
    input: memberFields
      .extend({
        status: z.enum(['active', 'honorary']).optional(),
        event: z.enum(['admitted', 'transferred_in']).optional(),
        eventDate: isoDate.optional(),
        eventRef: z.string().max(200).optional(),
      })
      .strict(),
    output: member,
  },
  'members.update': {
    input: memberFields
      .partial()
      .extend({ id: z.string().min(1) })
      .strict(),
    output: member,
  },
  'members.setStatus': {
    input: z
      .object({
        id: z.string().min(1),
        status: memberStatus,
        date: isoDate,
        reason: z.string().trim().min(1, 'Cần nêu lý do').max(1000),
        ref: z.string().trim().max(200).optional(),
      })
      .strict(),
    output: member,
  },
  'members.delete': { input: idRef, output: z.object({ ok: z.literal(true) }) },
  /** The tags in use, with how many members carry each (the form offers them; the audience picker too). */
  'members.tags': {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) }),
  },
  'units.list': { input: z.object({}).strict(), output: z.array(unit) },
  'units.save': {
    input: z
      .object({
        id: z.string().optional(),
        name: z.string().trim().min(1).max(200),
        parentId: z.string().nullable().optional(),
      })
      .strict(),
    output: unit,
  },
  'units.delete': { input: idRef, output: z.object({ ok: z.literal(true) }) },
  /** Imports a file's bytes (base64: the CLI reads the file, the renderer the picked one); a job → ImportReport. */
  'members.importData': {
    input: z
      .object({
        fileName: z.string().min(1).max(300),
        base64: z.string().max(70_000_000),
        dryRun: z.boolean().default(false),
        /** Column letter or header text → field or 'ignore'. */
        mapping: z.record(z.string(), z.string()).optional(),
        /** Leave out the rows with a flagged field instead of importing them with that field empty. */
        skipFlagged: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  },
  /** The rejected and flagged rows of a file as .xlsx, its own columns plus "Lý do", to fix and import again. */
  'members.importProblems': {
    input: z
      .object({
        fileName: z.string().min(1).max(300),
        base64: z.string().max(70_000_000),
        mapping: z.record(z.string(), z.string()).optional(),
        skipFlagged: z.boolean().default(false),
      })
      .strict(),
    output: fileData.extend({ count: z.number().int() }),
  },
  'members.export': {
    input: memberFilters
      .extend({ format: z.enum(['xlsx', 'pdf']), includeSensitive: z.boolean().default(false) })
      .strict(),
    output: fileData.extend({ count: z.number().int() }),
  },
} as const;

/** The register's part of the contract, in the shape contract.ts merges. */
export const membersContract = { commands: memberCommands } as const;
