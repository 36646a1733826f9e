/**
 * Shared by the browser e2e files that send mail: a real smtp-server on 127.0.0.1 (no TLS, no login) keeping every
 * message that arrived, parsed with mailparser, and the union's mailbox set to it in Settings → Email.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { id } from './helpers';

export interface Mailbox {
  port: number;
  /** Each message as it arrived: its envelope recipients and the message read back. */
  arrived: { to: string[]; mail: ParsedMail }[];
  /** Every envelope recipient of every message, sorted (one message each: each address once). */
  recipients(): string[];
  close(): Promise<void>;
}

export async function startMailbox(): Promise<Mailbox> {
  const arrived: Mailbox['arrived'] = [];
  const smtp = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, done) {
      simpleParser(stream).then(
        (mail) => {
          arrived.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
          done();
        },
        (err: Error) => done(err),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    port: (smtp.server.address() as AddressInfo).port,
    arrived,
    recipients: () => arrived.flatMap((m) => m.to).sort(),
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

/** Fills Settings → Email (already open) for the mailbox: generic server, no TLS, 1 s retries; then saves. */
export async function setMailbox(page: Page, port: number, from: string, fromName: string): Promise<void> {
  const option = (text: string) =>
    page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text });
  await page.locator(id('email-settings')).waitFor();
  await page.locator(id('smtp-preset')).click();
  await option('Máy chủ khác').click();
  await page.locator(id('smtp-host')).fill('127.0.0.1');
  await page.locator(id('smtp-port')).fill(String(port));
  await page.locator(id('smtp-security')).click();
  await option('Không').click();
  await page.locator(id('smtp-from')).fill(from);
  await page.locator(id('smtp-from-name')).fill(fromName);
  await page.locator(id('smtp-rate')).fill('20');
  await page.locator(id('smtp-retry-delays')).fill('1, 1');
  await page.locator(id('smtp-save')).click();
  await page.locator(id('smtp-verify')).and(page.locator(':enabled')).waitFor();
}
