import type { HandlerMap } from '../context';
import { buildMessage } from '../campaigns/message';
import { snapshotFor } from '../campaigns/source';
import type { Session } from '../session';
import { getMailConfig, mailAccount, setMailConfig } from './config';
import { classifySmtpError, createMailTransport, verifyTransport } from './transport';
import { AppError } from '../../shared/errors';

type Names = 'mail.getConfig' | 'mail.setConfig' | 'mail.verify' | 'mail.test';

const TEST_PREFIX = '[THỬ] ';

const PLAIN_TEST = {
  subject: 'Thư thử từ UnionDesk',
  text: 'Đây là thư thử của phần mềm UnionDesk: tài khoản email của công đoàn gửi được thư.',
  html: '<p>Đây là thư thử của phần mềm UnionDesk: tài khoản email của công đoàn gửi được thư.</p>',
  attachments: [],
};

/** "Gửi thử": never in the outbox, so counted in no report nor quota. */
async function sendTest(s: Session, to: string[], bulletinId?: string) {
  const { config, password } = await mailAccount(s.db);
  // A bulletin as it goes out, to nobody in the register: only its content is used.
  const content = bulletinId ? await snapshotFor(s, { bulletinId, audience: { memberIds: [] } }) : PLAIN_TEST;
  const transport = createMailTransport(config, password, { maxConnections: 1 });
  const accepted: string[] = [];
  const rejected: string[] = [];
  const answers: string[] = [];
  try {
    for (const [i, address] of to.entries()) {
      const message = buildMessage(
        config,
        'thu',
        { ...content, subject: TEST_PREFIX + content.subject },
        { id: `${Date.now()}.${i}`, email: address, name: address, unit: null, token: null },
      );
      try {
        const info = await transport.sendMail(message);
        accepted.push(address);
        answers.push(String(info.response));
      } catch (err) {
        const c = classifySmtpError(err, password);
        if (c.kind === 'auth' || c.kind === 'tls') throw new AppError('VALIDATION', c.response);
        rejected.push(address);
        answers.push(c.response);
      }
    }
  } finally {
    transport.close();
  }
  return { accepted, rejected, response: answers.join('\n') };
}

export const mailHandlers: HandlerMap<Names> = {
  'mail.getConfig': async (_input, ctx) => getMailConfig(ctx.session().db),
  'mail.setConfig': async (input, ctx) => setMailConfig(ctx.session(), input),
  'mail.verify': async (_input, ctx) => {
    const { config, password } = await mailAccount(ctx.session().db);
    return verifyTransport(createMailTransport(config, password, { maxConnections: 1, timeoutSeconds: 20 }), password);
  },
  'mail.test': async ({ to, bulletinId }, ctx) => sendTest(ctx.session(), to, bulletinId),
};
