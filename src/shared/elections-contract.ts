/**
 * Elections' part of the contract: the vote count (kiểm phiếu). The schemas check shapes and bounds; the count's
 * own rules (collected ≤ issued, names on the list, totals that add up) are checked by `tallyElection` itself, so
 * the renderer's live ballot entry, which calls it directly, gets the same errors.
 */
import { z } from 'zod';
import type { ContractPart } from './contract-part';
import { fileData } from './file-data';
import { isoDate } from './iso-date';
import { DENOMINATORS, type TallyInput, type TallyResult } from './elections/tally';

// Far above any congress (a few hundred delegates, a few dozen candidates), low enough to bound the work.
const MAX_BALLOTS = 100_000;
const MAX_CANDIDATES = 500;
const count = z.number().int().min(0).max(1_000_000_000);
const candidateName = z.string().max(200);

const tallyFields = z.object({
  seats: z.number().int().min(1).max(MAX_CANDIDATES),
  candidates: z.array(candidateName).min(1).max(MAX_CANDIDATES),
  denominator: z.enum(DENOMINATORS),
  issued: count,
  collected: count,
  ballots: z.array(z.array(candidateName).max(MAX_CANDIDATES)).max(MAX_BALLOTS).optional(),
  totals: z.record(candidateName, count).optional(),
  invalid: count.optional(),
});
const oneWayOfCounting = {
  message: 'Cần nhập hoặc từng phiếu (ballots) hoặc số phiếu của mỗi người (totals), không cả hai.',
};
const countedOneWay = (e: { ballots?: unknown; totals?: unknown }) =>
  (e.ballots === undefined) !== (e.totals === undefined);

export const tallyInput = tallyFields.strict().refine(countedOneWay, oneWayOfCounting);

const line = z.string().max(300);
/**
 * The Biên bản kiểm phiếu: the election as counted plus what the minutes say around the figures. The header
 * (upperLevel, issuer, locality) comes from the organisation profile when the vault is unlocked; given here it wins.
 */
export const minutesInput = tallyFields
  .extend({
    format: z.enum(['docx', 'pdf']),
    /** The congress or conference, e.g. "Đại hội Công đoàn cơ sở … nhiệm kỳ 2025–2030". */
    title: line.optional(),
    /** The body elected: "Ban Chấp hành", "Chủ tịch", "Ủy ban Kiểm tra". */
    electing: line.optional(),
    convened: count.optional(),
    present: count.optional(),
    date: isoDate.optional(),
    /** Where the count took place (the hall), not the locality of the header. */
    place: line.optional(),
    /** Ban kiểm phiếu; the first is Trưởng ban. */
    counters: z.array(z.string().min(1).max(200)).max(15).optional(),
    upperLevel: line.optional(),
    issuer: line.optional(),
    /** The locality of the header's place/date line ("Hà Nội, ngày …"). */
    locality: z.string().max(100).optional(),
  })
  .strict()
  .refine(countedOneWay, oneWayOfCounting)
  .refine((e) => e.present === undefined || e.convened === undefined || e.present <= e.convened, {
    message: 'Số đại biểu có mặt không thể nhiều hơn số đại biểu được triệu tập.',
    path: ['present'],
  });
export type MinutesInput = z.output<typeof minutesInput>;

export const tallyResult = z.object({
  issued: z.number().int(),
  collected: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  threshold: z.number().int(),
  results: z.array(
    z.object({
      name: z.string(),
      votes: z.number().int(),
      percent: z.number(),
      elected: z.boolean(),
      tie: z.boolean(),
    }),
  ),
});

// The zod shapes and the plain types of tally.ts are one thing: a drift is a type error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inputMatches: Same<z.output<typeof tallyInput>, TallyInput> = true;
const resultMatches: Same<z.output<typeof tallyResult>, TallyResult> = true;
void inputMatches;
void resultMatches;

/** The body an election fills; the tờ trình công nhận lists each as its own appendix. */
export const ELECTED_BODIES = [
  'bch',
  'chair',
  'vice-chair',
  'standing',
  'ubkt',
  'ubkt-chair',
  'delegates',
  'other',
] as const;

/**
 * An election as the app keeps it (the Bầu cử page, the congress papers): the count's fields, the ballots entered one
 * by one (elections.addBallot) or the totals, and what the minutes print around them.
 */
const electionFields = {
  /** The congress or meeting it belongs to (its papers gather the meeting's elections); null: on its own. */
  meetingId: z.string().min(1).nullable(),
  body: z.enum(ELECTED_BODIES),
  /** Printed name of what is elected, e.g. "Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030". */
  electing: line,
  seats: z.number().int().min(1).max(MAX_CANDIDATES),
  /** In ballot order; a member of the register keeps their id (the tờ trình prints their position and group). */
  candidates: z
    .array(z.object({ name: candidateName.min(1), memberId: z.string().min(1).nullable().default(null) }).strict())
    .max(MAX_CANDIDATES),
  denominator: z.enum(DENOMINATORS),
  issued: count,
  collected: count,
  /** 'ballots': entered one by one; 'totals': votes per candidate counted by hand, with `invalid`. */
  countBy: z.enum(['ballots', 'totals']),
  totals: z.record(candidateName, count).nullable(),
  invalid: count.nullable(),
  convened: count.nullable(),
  present: count.nullable(),
  date: isoDate.nullable(),
  place: line.nullable(),
  counters: z.array(z.string().min(1).max(200)).max(15),
};
export const electionCreate = z
  .object({
    ...electionFields,
    meetingId: electionFields.meetingId.default(null),
    candidates: electionFields.candidates.default([]),
    issued: count.default(0),
    collected: count.default(0),
    countBy: electionFields.countBy.default('ballots'),
    totals: electionFields.totals.default(null),
    invalid: electionFields.invalid.default(null),
    convened: electionFields.convened.default(null),
    present: electionFields.present.default(null),
    date: electionFields.date.default(null),
    place: electionFields.place.default(null),
    counters: electionFields.counters.default([]),
  })
  .strict();
export const electionUpdate = z
  .object({ id: z.string().min(1), ...electionFields })
  .partial()
  .required({ id: true })
  .strict();

export const election = z.object({
  id: z.string(),
  meetingId: z.string().nullable(),
  body: z.enum(ELECTED_BODIES),
  electing: z.string(),
  seats: z.number().int(),
  candidates: z.array(z.object({ name: z.string(), memberId: z.string().nullable() })),
  denominator: z.enum(DENOMINATORS),
  issued: z.number().int(),
  collected: z.number().int(),
  countBy: z.enum(['ballots', 'totals']),
  totals: z.record(z.string(), z.number().int()).nullable(),
  invalid: z.number().int().nullable(),
  convened: z.number().int().nullable(),
  present: z.number().int().nullable(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  counters: z.array(z.string()),
  /** Entered so far, in order: each ballot the names struck out. */
  ballots: z.array(z.array(z.string())),
  updatedAt: z.string(),
});
export type Election = z.infer<typeof election>;

const invalidReason = z.enum(['outsideList', 'blank', 'tooManyKept']);
const idRef = z.object({ id: z.string().min(1) }).strict();

export const electionsContract = {
  commands: {
    /** Count a secret-ballot election from its ballots or its totals; touches no data, needs no unlocked vault. */
    'elections.tally': { input: tallyInput, output: tallyResult },
    /** The Biên bản kiểm phiếu as a file, rendered by the document engine; it uses the profile when unlocked. */
    'elections.minutes': { input: minutesInput, output: fileData },
    'elections.create': { input: electionCreate, output: z.object({ id: z.string() }) },
    /** Changes the election's fields (not its ballots: addBallot/removeBallot). */
    'elections.update': { input: electionUpdate, output: z.object({ id: z.string() }) },
    /**
     * The election with its live count: `tally` when the figures add up so far (e.g. ballots entered = collected),
     * else null with `problem` saying why in Vietnamese; invalid ballots so far by reason.
     */
    'elections.get': {
      input: idRef,
      output: z.object({
        election,
        tally: tallyResult.nullable(),
        problem: z.string().nullable(),
        invalidByReason: z.object({
          outsideList: z.number().int(),
          blank: z.number().int(),
          tooManyKept: z.number().int(),
        }),
      }),
    },
    'elections.list': {
      input: z.object({ meetingId: z.string().min(1).optional() }).strict(),
      output: z.object({
        items: z.array(
          election
            .pick({ id: true, meetingId: true, body: true, electing: true, seats: true, updatedAt: true })
            .extend({
              ballotCount: z.number().int(),
            }),
        ),
      }),
    },
    'elections.delete': { input: idRef, output: z.object({ ok: z.literal(true) }) },
    /** Records one ballot (the names struck out) at the end; answers whether it counts and the ballots so far. */
    'elections.addBallot': {
      input: z.object({ id: z.string().min(1), struck: z.array(candidateName).max(MAX_CANDIDATES) }).strict(),
      output: z.object({
        index: z.number().int(),
        valid: z.boolean(),
        reason: invalidReason.nullable(),
        count: z.number().int(),
      }),
    },
    /** Removes a ballot entered by mistake (by its index in `ballots`). */
    'elections.removeBallot': {
      input: z.object({ id: z.string().min(1), index: z.number().int().min(0) }).strict(),
      output: z.object({ count: z.number().int() }),
    },
    /** Printable ballot papers (phiếu bầu cử): candidates by given name, 1, 2 or 4 per A4 page. */
    'elections.ballotPapers': {
      input: z
        .object({
          id: z.string().min(1),
          perPage: z.union([z.literal(1), z.literal(2), z.literal(4)]).default(1),
          format: z.enum(['pdf', 'docx']),
        })
        .strict(),
      output: fileData,
    },
    /** The Biên bản kiểm phiếu of a recorded election (the profile's header), as elections.minutes renders it. */
    'elections.recordedMinutes': {
      input: z.object({ id: z.string().min(1), format: z.enum(['pdf', 'docx']) }).strict(),
      output: fileData,
    },
    /**
     * The tờ trình asking the upper level to recognise (công nhận) those a congress elected: a draft TTr in the
     * register with one appendix (\phuluc) per elected body of the meeting's elections. Same CONFLICT rules as minutes.
     */
    'elections.recognition': {
      input: z.object({ meetingId: z.string().min(1), overwrite: z.boolean().optional() }).strict(),
      output: z.object({ documentId: z.string() }),
    },
  },
} as const satisfies ContractPart;
