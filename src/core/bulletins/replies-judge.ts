/**
 * What one reply asks: stop bulletins to an address (its token, or a register address with "hủy đăng ký" in the
 * subject), a delivery status notification saying a mailbox does not exist (5.1.x: suppressed as bounced), or
 * nothing we act on (with the reason in Vietnamese). A token found only in the quoted original does not count:
 * every ordinary reply quotes the bulletin's footer, and with it the member's own unsubscribe link.
 */
import type { ParsedMail } from 'mailparser';
import { foldVi } from '../../shared/text/fold';

export interface ReplyLookups {
  /** Member id → their address today (null: none), for a token. */
  emailOfToken(token: string): { memberId: string; email: string | null } | null;
  /** A register address, or one a campaign mailed (an external recipient may ask to stop too). */
  isKnownAddress(email: string): boolean;
}

export type Verdict =
  | { action: 'unsubscribe'; email: string; via: 'token' | 'sender' }
  | { action: 'bounce'; email: string; status: string; diagnostic: string | null }
  | { action: 'none'; reason: string };

const TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])/g;
const UNSUBSCRIBE_WORDS = ['huy dang ky', 'unsubscribe'];

/** "%20" around a token (a mailto subject pasted as it was) would join it to its neighbours: decoded first. */
function percentDecoded(text: string): string {
  return text.replace(/(%[0-9A-Fa-f]{2})+/g, (seq) => {
    try {
      return decodeURIComponent(seq);
    } catch {
      return ' ';
    }
  });
}

export const tokensIn = (text: string): string[] => [...new Set(percentDecoded(text).match(TOKEN) ?? [])];

export const asksToUnsubscribe = (subject: string) => {
  const folded = foldVi(subject);
  return UNSUBSCRIBE_WORDS.some((w) => folded.includes(w));
};

/** Where the quoted original begins: "> " lines, "On … wrote:", "Vào … đã viết:", Outlook's header block. */
const QUOTE_START = [
  /^\s*>/,
  /^-{2,}\s*(original message|thư gốc|tin nhắn gốc)/i,
  /^(on|vào|lúc)\b.{0,200}(wrote|đã viết|viết):\s*$/i,
  /^(from|từ|người gửi):\s.*@/i,
  /^_{10,}\s*$/,
];

export function ownText(text: string): string {
  const lines = text.split(/\r?\n/);
  const cut = lines.findIndex((l) => QUOTE_START.some((re) => re.test(l)));
  return (cut < 0 ? lines : lines.slice(0, cut)).join('\n');
}

/** First known token among some candidates: the address its member has today. */
function byToken(tokens: string[], look: ReplyLookups): Verdict | null {
  for (const token of tokens) {
    const found = look.emailOfToken(token);
    if (!found) continue;
    if (!found.email) return { action: 'none', reason: 'Đoàn viên có mã hủy đăng ký này không còn địa chỉ email.' };
    return { action: 'unsubscribe', email: found.email, via: 'token' };
  }
  return tokens.length ? { action: 'none', reason: 'Mã hủy đăng ký không khớp đoàn viên nào.' } : null;
}

/** A delivery status notification (RFC 3464): each recipient block with its Status. */
export function dsnVerdicts(text: string): Verdict[] {
  const out: Verdict[] = [];
  for (const block of text.split(/\r?\n\s*\r?\n/)) {
    const field = (name: string) =>
      new RegExp(`^${name}:\\s*(?:[a-z0-9-]+;\\s*)?(.+)$`, 'im').exec(block)?.[1]?.trim() ?? null;
    const recipient = field('Final-Recipient') ?? field('Original-Recipient');
    const status = field('Status');
    if (!recipient || !status) continue;
    const email = recipient.replace(/^<|>$/g, '').toLowerCase();
    const code = /\d\.\d{1,3}\.\d{1,3}/.exec(status)?.[0] ?? status;
    if (/^5\.1\.\d+$/.test(code))
      out.push({ action: 'bounce', email, status: code, diagnostic: field('Diagnostic-Code') });
    else if (code.startsWith('4'))
      out.push({ action: 'none', reason: `Lỗi gửi tạm thời (${code}) đến ${email}: không chặn địa chỉ.` });
    else if (code.startsWith('2'))
      out.push({ action: 'none', reason: `Báo đã giao thư (${code}) đến ${email}: không cần làm gì.` });
    else
      out.push({
        action: 'none',
        reason: `Lỗi gửi ${code} đến ${email} không phải "địa chỉ không tồn tại" (5.1.x): không chặn địa chỉ.`,
      });
  }
  return out;
}

function isDsn(mail: ParsedMail): boolean {
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  return type?.value === 'multipart/report' && /delivery-status/i.test(type.params?.['report-type'] ?? '');
}

export function judgeMessage(mail: ParsedMail, look: ReplyLookups): Verdict[] {
  const subject = mail.subject ?? '';
  const text = mail.text ?? '';
  if (isDsn(mail)) {
    const verdicts = dsnVerdicts(text);
    return verdicts.length ? verdicts : [{ action: 'none', reason: 'Thư báo lỗi gửi không nêu người nhận nào.' }];
  }
  const fromSubject = byToken(tokensIn(subject), look);
  if (fromSubject?.action === 'unsubscribe') return [fromSubject];
  const own = ownText(text);
  const fromBody = byToken(tokensIn(own), look);
  if (fromBody?.action === 'unsubscribe') return [fromBody];
  const sender = mail.from?.value[0]?.address?.trim().toLowerCase() ?? '';
  if (asksToUnsubscribe(subject)) {
    if (sender && look.isKnownAddress(sender)) return [{ action: 'unsubscribe', email: sender, via: 'sender' }];
    return [
      fromSubject ??
        fromBody ?? {
          action: 'none',
          reason: 'Xin hủy đăng ký nhưng người gửi không có trong sổ đoàn viên và thư không có mã hủy đăng ký.',
        },
    ];
  }
  if (fromSubject ?? fromBody) return [(fromSubject ?? fromBody)!];
  if (tokensIn(text).some((t) => look.emailOfToken(t)))
    return [{ action: 'none', reason: 'Thư trả lời thông thường: mã hủy đăng ký chỉ nằm trong phần trích thư gốc.' }];
  return [{ action: 'none', reason: 'Không phải yêu cầu hủy đăng ký hay thư báo lỗi gửi.' }];
}

/** One line collected by the web form: a token, or a link holding one. The first line may be the column titles. */
export function judgeLine(text: string, line: number, look: ReplyLookups): Verdict | null {
  const tokens = tokensIn(text);
  if (!tokens.length) return line === 1 ? null : { action: 'none', reason: `Dòng ${line}: không có mã hủy đăng ký.` };
  const verdict = byToken(tokens, look)!;
  return verdict.action === 'none' ? { action: 'none', reason: `Dòng ${line}: ${verdict.reason}` } : verdict;
}
