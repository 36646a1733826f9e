/** A child process sending a campaign through the real jobs runner (send-child.ts), with what it printed. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PASS } from '../helpers/core';

export function sendChild(dataDir: string, campaignId: string | null, rate?: number, env: NodeJS.ProcessEnv = {}) {
  const script = path.join(import.meta.dirname, 'send-child.ts');
  const args = [
    '--import',
    'tsx',
    script,
    dataDir,
    ...(campaignId ? [campaignId] : []),
    ...(rate ? [String(rate)] : []),
  ];
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, UNIONDESK_PASSPHRASE: PASS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout.on('data', (d) => (out += d));
  proc.stderr.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  /** Resolves with the first line starting with one of these words (the child's job id, its end). */
  const line = (words: RegExp, timeoutMs = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const started = Date.now();
      const look = () => {
        const found = out.split('\n').find((l) => words.test(l));
        if (found) return resolve(found);
        if (Date.now() - started > timeoutMs || proc.exitCode !== null) return reject(new Error(`no ${words}: ${out}`));
        setTimeout(look, 20);
      };
      look();
    });
  return { proc, exited, output: () => out, line };
}
