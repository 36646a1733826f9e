/**
 * A real SMTP server on 127.0.0.1 that can refuse (451 once, 550), drop the connection mid-DATA or refuse the login,
 * keeping every message that arrived; and a core with a test command that creates a campaign from a snapshot.
 */
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { z } from 'zod';
import type { Core } from '../../src/core';
import { createCampaign } from '../../src/core/campaigns/store';
import type { CampaignSnapshot } from '../../src/core/campaigns/snapshot';
import { defineModule } from '../../src/core/module';
import { call, initCore } from '../helpers/core';

/** The test CA and the server certificate it signed (127.0.0.1). */
export const TLS_DIR = path.join(import.meta.dirname, '../fixtures/tls');

export const SECRET = 'mật-khẩu-SMTP-bí-mật-7731';
export const FROM = 'congdoan@congty.vn';

export interface Faults {
  /** 451 on these addresses' first try. */
  tempOnce?: Set<string>;
  /** 451 on every try. */
  tempAlways?: Set<string>;
  /** 550 always. */
  perm?: Set<string>;
  /** The connection dropped mid-DATA on the first try. */
  dropOnce?: Set<string>;
  /** Login refused. */
  badAuth?: boolean;
  /**
   * TLS with the test certificate (tests/fixtures/tls, signed by a test CA nobody trusts by default): 'implicit'
   * from the first byte (port 465 style), 'starttls' offered after EHLO. Without it STARTTLS is not offered.
   */
  tls?: 'implicit' | 'starttls';
  /** Count arrivals only, keeping no message (the benchmark's flat memory). */
  countOnly?: boolean;
}

export interface TestServer {
  port: number;
  /** Raw messages by recipient address, in arrival order. */
  received: Map<string, Buffer[]>;
  /** Messages accepted so far. */
  count(): number;
  close(): Promise<void>;
}

type NetServer = { on(e: string, f: (s: Socket) => void): void; address(): { port: number } };

export async function startSmtp(faults: Faults = {}, port = 0): Promise<TestServer> {
  const received = new Map<string, Buffer[]>();
  const seen = new Map<string, number>();
  const sockets = new Set<Socket>();
  let accepted = 0;
  const firstTry = (addr: string, kind: string) => {
    const key = `${kind}:${addr}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0;
  };
  const server = new SMTPServer({
    secure: faults.tls === 'implicit',
    disabledCommands: faults.tls ? [] : ['STARTTLS'],
    ...(faults.tls ? { key: readFileSync(`${TLS_DIR}/server.key`), cert: readFileSync(`${TLS_DIR}/server.pem`) } : {}),
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    size: 50 * 1024 * 1024,
    onAuth(auth, _session, cb) {
      if (faults.badAuth || auth.password !== SECRET) {
        return cb(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
      }
      cb(null, { user: auth.username });
    },
    onRcptTo(address, _session, cb) {
      const to = address.address.toLowerCase();
      if (faults.perm?.has(to)) return cb(Object.assign(new Error('5.1.1 User unknown'), { responseCode: 550 }));
      if (faults.tempAlways?.has(to) || (faults.tempOnce?.has(to) && firstTry(to, 'temp'))) {
        return cb(Object.assign(new Error('4.2.1 Mailbox busy, try later'), { responseCode: 451 }));
      }
      cb();
    },
    onData(stream, session, cb) {
      const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
      const chunks: Buffer[] = [];
      if (to.some((a) => faults.dropOnce?.has(a) && firstTry(a, 'drop'))) {
        stream.once('data', () => {
          for (const s of sockets) if (s.remotePort === session.remotePort) s.destroy();
        });
        stream.on('end', () => cb(new Error('dropped')));
        stream.resume();
        return;
      }
      stream.on('data', (c: Buffer) => void (faults.countOnly || chunks.push(c)));
      stream.on('end', () => {
        accepted += 1;
        if (faults.countOnly) return cb();
        const raw = Buffer.concat(chunks);
        for (const a of to) received.set(a, [...(received.get(a) ?? []), raw]);
        cb();
      });
    },
  });
  server.on('error', () => undefined); // a client killed mid-message resets its socket: expected here
  const net = (server as unknown as { server: NetServer }).server;
  net.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    port: net.address().port,
    received,
    count: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Test-only: a campaign from a snapshot built here (the content side builds them in the app). */
export const campaignProbe = defineModule({
  name: 'campaign-probe',
  contract: {
    commands: {
      'probe.createCampaign': { input: z.object({ snapshot: z.any() }).strict(), output: z.any() },
    },
  },
  commands: {
    'probe.createCampaign': {
      mode: 'write',
      handler: async ({ snapshot }, ctx) => createCampaign(ctx.session(), snapshot as CampaignSnapshot),
    },
  },
});

const pdfBytes = Buffer.from('%PDF-1.4\n% bản tin thử\n%%EOF\n' + 'x'.repeat(3000));
export const PDF = {
  fileName: 'Bản tin số 5 – tháng 12.pdf',
  mime: 'application/pdf',
  base64: pdfBytes.toString('base64'),
};

export const SUBJECT = 'Bản tin Công đoàn số 5: Tết sum vầy, quà cho đoàn viên';

export function snapshotOf(emails: string[], skipped = 0): CampaignSnapshot {
  return {
    kind: 'bulletin',
    sourceId: 'bulletin-1',
    subject: SUBJECT,
    html:
      '<html><body><p>Kính gửi %%TEN%% (%%TO%%),</p><p>Nội dung bản tin.</p>' +
      '<p>Không muốn nhận bản tin? %%HUY_DANG_KY%%</p></body></html>',
    text: 'Kính gửi %%TEN%% (%%TO%%),\nNội dung bản tin.\nKhông muốn nhận bản tin? %%HUY_DANG_KY%%',
    attachments: [PDF],
    recipients: emails.map((email, i) => ({
      memberId: `m${i}`,
      email,
      name: i === 0 ? 'Nguyễn <Văn> An' : `Đoàn viên ${i}`,
      unit: 'Tổ may',
      unsubscribeToken: `tok${i}`,
    })),
    skipped: Array.from({ length: skipped }, (_, i) => ({
      memberId: `s${i}`,
      email: null,
      name: `Không email ${i}`,
      reason: 'noEmail' as const,
    })),
  };
}

export const addresses = (n: number) => Array.from({ length: n }, (_, i) => `dv${i}@nhan.vn`);

export async function configure(core: Core, port: number, extra: Record<string, unknown> = {}) {
  return call(core, 'mail.setConfig', {
    preset: 'generic',
    host: '127.0.0.1',
    port,
    security: 'none',
    user: 'congdoan',
    from: FROM,
    fromName: 'Công đoàn cơ sở Công ty Thử Nghiệm',
    password: SECRET,
    retryDelays: [1],
    ratePerSecond: 100,
    ...extra,
  });
}

export async function mailCore(port: number, extra: Record<string, unknown> = {}) {
  const { core, dataDir } = await initCore({ modules: [campaignProbe] });
  await configure(core, port, extra);
  return { core, dataDir };
}

export interface SendResult {
  sent: number;
  failedTemp: number;
  gaveUp: number;
  failedPerm: number;
  remaining: number;
  uncertain: number;
  state: string;
  pauseReason: string | null;
}

export async function sendAndWait(core: Core, id: string, opts: Record<string, unknown> = {}): Promise<SendResult> {
  const { jobId } = await call<{ jobId: string }>(core, 'campaigns.send', { id, ...opts });
  const job = await call(core, 'jobs.wait', { jobId });
  if (job.state !== 'done') throw new Error(`send failed: ${JSON.stringify(job.error)}`);
  return job.result as SendResult;
}
