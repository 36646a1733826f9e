/**
 * `staff add` and `dashboard set` as the server's CLI will register them (registerDashboardCommands on its
 * commander program), on a data dir initialised by the real `uniondesk-server init`.
 */
import { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InputRejected } from '../../../src/server/cli/output';
import { registerDashboardCommands } from '../../../src/server/dashboard/commands';
import { getDropPoints } from '../../../src/server/dashboard/settings';
import { checkLogin } from '../../../src/server/dashboard/staff';
import { openContext } from '../../../src/server/db/open';
import { initServerDir } from '../../helpers/server-process';

let dataDir: string;
beforeAll(async () => {
  dataDir = await initServerDir();
}, 60_000);
afterEach(() => {
  delete process.env.UNIONDESK_STAFF_PASSWORD;
});

async function run(args: string[]): Promise<string> {
  const program = new Command('uniondesk-server').exitOverride();
  registerDashboardCommands(program);
  const written: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  return written.join('');
}

async function withCtx<T>(fn: (ctx: Awaited<ReturnType<typeof openContext>>) => Promise<T>): Promise<T> {
  const ctx = await openContext(dataDir);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

describe('staff add', () => {
  it('adds a staff member whose password (from the environment) then logs in; refuses the same login twice', async () => {
    process.env.UNIONDESK_STAFF_PASSWORD = 'mật khẩu qua biến môi trường';
    const out = await run([
      'staff',
      'add',
      '--data-dir',
      dataDir,
      '--login',
      'Thu.Ha',
      '--name',
      'Trần Thu Hà',
      '--json',
    ]);
    expect(JSON.parse(out)).toMatchObject({ login: 'thu.ha' });
    expect(out).not.toContain('mật khẩu');
    expect(await withCtx((ctx) => checkLogin(ctx, 'thu.ha', 'mật khẩu qua biến môi trường'))).toMatchObject({
      name: 'Trần Thu Hà',
    });
    await expect(run(['staff', 'add', '--data-dir', dataDir, '--login', 'thu.ha'])).rejects.toThrow(InputRejected);
  });

  it('refuses a short password with a Vietnamese reason', async () => {
    process.env.UNIONDESK_STAFF_PASSWORD = 'ngắn';
    await expect(run(['staff', 'add', '--data-dir', dataDir, '--login', 'lan'])).rejects.toThrow(/ít nhất 10 ký tự/);
  });
});

describe('dashboard set', () => {
  it('stores the drop in points that counts as an anomaly (Vietnamese decimal comma accepted)', async () => {
    expect(await withCtx(getDropPoints)).toBe(10);
    expect(
      JSON.parse(await run(['dashboard', 'set', '--data-dir', dataDir, '--drop-points', '12,5', '--json'])),
    ).toEqual({
      dropPoints: 12.5,
    });
    expect(await withCtx(getDropPoints)).toBe(12.5);
    await expect(run(['dashboard', 'set', '--data-dir', dataDir, '--drop-points', '0'])).rejects.toThrow(/0,1 đến 100/);
  });
});
