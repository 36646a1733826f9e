/**
 * audiences.importReplies: the union's replies (saved .eml, an exported .mbox, the web form's .txt/.csv of tokens)
 * read, judged (replies-judge.ts) and applied in one commit. Idempotent: an address already stopped is counted in
 * `already`, never listed twice; a bounce replaces an unsubscribe (it also stops invitations), never the reverse.
 * Reading is bounded: 25 MB a file, 20 files, and a time budget after which the unread messages are listed.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import type { Session } from '../session';
import { judgeLine, judgeMessage, type ReplyLookups, type Verdict } from './replies-judge';
import { MAX_FILES, readReplyFile, type ReplyItem } from './replies-read';
import { normEmail, suppress, suppressionMap, type SuppressionState } from './suppressions';

type Db = Knex | Knex.Transaction;

export interface ImportRepliesResult {
  unsubscribed: { email: string; via: 'token' | 'sender' }[];
  bounced: { email: string; status: string }[];
  already: number;
  unmatched: { file: string; from: string | null; subject: string | null; reason: string }[];
}

export interface ReadLimits {
  /** The whole import's reading time; messages not reached are listed as unmatched. */
  budgetMs: number;
  /** One message's parse; past it the message is listed as unmatched. */
  perMessageMs: number;
}
export const DEFAULT_LIMITS: ReadLimits = { budgetMs: 60_000, perMessageMs: 10_000 };

async function lookups(db: Db): Promise<ReplyLookups> {
  const tokens = (await db('member_unsubscribe_tokens as t')
    .join('members as m', 'm.id', 't.member_id')
    .whereNull('t.deleted_at')
    .whereNull('m.deleted_at')
    .select('t.token', 't.member_id', 'm.email')) as { token: string; member_id: string; email: string | null }[];
  const byToken = new Map(tokens.map((r) => [r.token, r]));
  const known = new Set<string>();
  for (const e of (await db('members').whereNull('deleted_at').whereNotNull('email').pluck('email')) as string[])
    known.add(normEmail(e));
  const external = (await db('campaign_recipients')
    .whereNull('member_id')
    .whereNotNull('email')
    .distinct('email')
    .pluck('email')) as string[];
  for (const e of external) known.add(normEmail(e));
  return {
    emailOfToken: (token) => {
      const r = byToken.get(token);
      return r ? { memberId: r.member_id, email: r.email ? normEmail(r.email) : null } : null;
    },
    isKnownAddress: (email) => known.has(normEmail(email)),
  };
}

const timeout = (ms: number) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref());

interface Judged {
  file: string;
  from: string | null;
  subject: string | null;
  verdicts: Verdict[];
}

async function judgeItem(item: ReplyItem, look: ReplyLookups, limits: ReadLimits): Promise<Judged | null> {
  if (item.kind === 'unreadable')
    return { file: item.file, from: null, subject: null, verdicts: [{ action: 'none', reason: item.reason }] };
  if (item.kind === 'line') {
    const verdict = judgeLine(item.text, item.line, look);
    return verdict && { file: item.file, from: null, subject: item.text.slice(0, 200), verdicts: [verdict] };
  }
  try {
    // mailparser (~19 MB with its dependencies) is loaded when replies are imported, not when the core starts.
    const { simpleParser } = await import('mailparser');
    const mail = await Promise.race([
      simpleParser(item.raw, { skipHtmlToText: false, skipImageLinks: true, skipTextToHtml: true }),
      timeout(limits.perMessageMs),
    ]);
    const from = mail.from?.value[0]?.address?.toLowerCase() ?? null;
    return { file: item.file, from, subject: mail.subject ?? null, verdicts: judgeMessage(mail, look) };
  } catch (e) {
    const reason =
      (e as Error).message === 'timeout'
        ? `Đọc thư quá ${limits.perMessageMs / 1000} giây: bỏ qua thư này.`
        : 'Không đọc được thư (tệp hỏng hoặc không phải thư điện tử).';
    return { file: item.file, from: null, subject: null, verdicts: [{ action: 'none', reason }] };
  }
}

/** Reads and judges every file, inside the time budget. */
export async function judgeReplies(
  db: Db,
  files: { fileName: string; base64: string }[],
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<Judged[]> {
  if (files.length > MAX_FILES)
    throw new AppError('VALIDATION', `Mỗi lần nhập tối đa ${MAX_FILES} tệp.`, [
      { path: ['files'], message: 'Quá nhiều tệp' },
    ]);
  const look = await lookups(db);
  const deadline = Date.now() + limits.budgetMs;
  const out: Judged[] = [];
  for (const f of files) {
    const items = readReplyFile(f.fileName, f.base64);
    for (let i = 0; i < items.length; i++) {
      if (Date.now() >= deadline) {
        const reason = `Hết thời gian đọc (${Math.round(limits.budgetMs / 1000)} giây): ${items.length - i} thư/dòng còn lại chưa đọc; hãy nhập riêng tệp này.`;
        out.push({ file: f.fileName, from: null, subject: null, verdicts: [{ action: 'none', reason }] });
        break;
      }
      const judged = await judgeItem(items[i], look, limits);
      if (judged) out.push(judged);
    }
  }
  return out;
}

/** Applies the verdicts in one transaction; returns what changed, what was already so, and what was not acted on. */
export async function importReplies(
  s: Session,
  files: { fileName: string; base64: string }[],
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<ImportRepliesResult> {
  const judged = await judgeReplies(s.db, files, limits);
  const result: ImportRepliesResult = { unsubscribed: [], bounced: [], already: 0, unmatched: [] };
  await s.db.transaction(async (trx) => {
    const state = new Map<string, SuppressionState>(await suppressionMap(trx));
    for (const j of judged)
      for (const v of j.verdicts) {
        if (v.action === 'none') {
          result.unmatched.push({ file: j.file, from: j.from, subject: j.subject, reason: v.reason });
          continue;
        }
        const email = normEmail(v.email);
        const now = state.get(email);
        const wanted: SuppressionState = v.action === 'bounce' ? 'bounced' : 'unsubscribed';
        if (now === wanted || now === 'bounced') {
          result.already++;
          continue;
        }
        const subject = j.subject ? ` «${j.subject.slice(0, 120)}»` : '';
        const reason =
          v.action === 'bounce'
            ? `Thư báo lỗi ${v.status}${v.diagnostic ? ` (${v.diagnostic.slice(0, 200)})` : ''} – tệp ${j.file}`
            : `Thư trả lời xin hủy đăng ký${subject} – tệp ${j.file}`;
        await suppress(trx, s.record, email, wanted, reason);
        state.set(email, wanted);
        if (v.action === 'bounce') result.bounced.push({ email, status: v.status });
        else result.unsubscribed.push({ email, via: v.via });
      }
  });
  return result;
}
