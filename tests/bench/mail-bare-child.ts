// The bare side of the mail bench, in its own process like ours (mail-send-child.ts), so that neither shares a CPU
// with the parent's smtp-server more than the other: the same messages built beforehand (the PDF decoded once) and
// all handed at once to a nodemailer pool with the same connections. Prints {"ms": …}.
import type { SmtpConfig } from '../../src/shared/mail-contract';
import { buildMessage, decodeAttachments } from '../../src/core/campaigns/message';
import { createMailTransport } from '../../src/core/mail/transport';
import { addresses, snapshotOf } from '../campaigns/helpers';

const [n, connections, pdfBytes] = process.argv.slice(2).map(Number);
const { config, password } = JSON.parse(process.env.UD_BENCH_ACCOUNT!) as { config: SmtpConfig; password: string };
const s = snapshotOf(addresses(n));
s.attachments = [{ ...s.attachments[0], base64: Buffer.alloc(pdfBytes, 7).toString('base64') }];
const shared = decodeAttachments(s.attachments);
const messages = s.recipients.map((r, i) =>
  buildMessage(config, 'bare', s, { ...r, id: String(i), token: r.unsubscribeToken }, shared),
);
const transport = createMailTransport(config, password, { maxConnections: connections });
const started = process.hrtime.bigint();
await Promise.all(messages.map((m) => transport.sendMail(m)));
const ms = Number(process.hrtime.bigint() - started) / 1e6;
transport.close();
process.stdout.write(JSON.stringify({ ms }) + '\n');
process.exit(0);
