/**
 * `uniondesk web` does not need the passphrase (the page unlocks the vault): when UNIONDESK_PASSPHRASE is set it
 * warns on stderr that the variable stays readable in its environment, and still starts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, start, tempDir } from './helpers';

afterAll(cleanup);

/** Runs `uniondesk web` until it prints its URL; returns what it wrote to stderr by then. */
async function webStderr(env: Record<string, string | undefined>): Promise<string> {
  const child = start(['--data-dir', tempDir(), 'web', '--port', '0'], env);
  let stdout = '';
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        if (/#token=/.test(stdout)) resolve();
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  return stderr;
}

describe('uniondesk web and UNIONDESK_PASSPHRASE', () => {
  it('warns (in Vietnamese by default) when the variable is set, and still serves', async () => {
    const stderr = await webStderr({ UNIONDESK_PASSPHRASE: 'mật khẩu thử nghiệm 1' });
    expect(stderr).toContain('Cảnh báo: biến UNIONDESK_PASSPHRASE đang được đặt');
    expect(stderr).not.toContain('mật khẩu thử nghiệm 1');
  });

  it('says nothing when it is not set', async () => {
    expect(await webStderr({})).not.toContain('UNIONDESK_PASSPHRASE');
  });
});
