/**
 * The dashboard's admin commands, registered on `uniondesk-server` by src/server/cli/main.ts:
 *   uniondesk-server staff add --data-dir DIR --login L [--name N] [--json]   (password on stdin, or the
 *     UNIONDESK_STAFF_PASSWORD variable: never an argument, which any user of the machine can read in `ps`)
 *   uniondesk-server dashboard set --data-dir DIR --drop-points N [--json]
 */
import type { Command } from 'commander';
import { InputRejected, output } from '../cli/output';
import { openContext } from '../db/open';
import { DEFAULT_DROP_POINTS, dropPoints, getDropPoints, setDropPoints } from './settings';
import { addStaff, StaffError } from './staff';

async function readPassword(): Promise<string> {
  const fromEnv = process.env.UNIONDESK_STAFF_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY)
    throw new InputRejected(
      'Nhập mật khẩu qua đầu vào chuẩn (echo … | uniondesk-server staff add …) hoặc biến UNIONDESK_STAFF_PASSWORD.',
    );
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) parts.push(chunk);
  return Buffer.concat(parts)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function staffAddCommand(o: { dataDir: string; login: string; name?: string; json?: boolean }) {
  const password = await readPassword();
  const ctx = await openContext(o.dataDir);
  try {
    const staff = await addStaff(ctx, { login: o.login, password, name: o.name ?? '' });
    output(o.json).result(staff, [`Đã thêm cán bộ "${staff.login}": đăng nhập bảng theo dõi tại /login.`]);
  } catch (e) {
    if (e instanceof StaffError) throw new InputRejected(e.message);
    throw e;
  } finally {
    await ctx.close();
  }
}

export async function dashboardSetCommand(o: { dataDir: string; dropPoints: string; json?: boolean }) {
  const points = dropPoints.safeParse(Number(o.dropPoints.replace(',', '.')));
  if (!points.success) throw new InputRejected('Số điểm giảm phải từ 0,1 đến 100.');
  const ctx = await openContext(o.dataDir);
  try {
    await setDropPoints(ctx, points.data);
    const now = await getDropPoints(ctx);
    output(o.json).result({ dropPoints: now }, [
      `Bảng theo dõi báo khi tỷ lệ thu giảm quá ${String(now).replace('.', ',')} điểm (mặc định ${DEFAULT_DROP_POINTS}).`,
    ]);
  } finally {
    await ctx.close();
  }
}

export function registerDashboardCommands(program: Command): void {
  const staff = program.command('staff').description('cán bộ công đoàn cấp trên xem bảng theo dõi');
  staff
    .command('add')
    .description('thêm một cán bộ (mật khẩu qua đầu vào chuẩn hoặc UNIONDESK_STAFF_PASSWORD)')
    .requiredOption('--data-dir <dir>', 'thư mục dữ liệu của máy chủ')
    .requiredOption('--login <login>', 'tên đăng nhập')
    .option('--name <name>', 'họ tên')
    .option('--json', 'kết quả dạng JSON')
    .action(staffAddCommand);
  const dashboard = program.command('dashboard').description('cài đặt bảng theo dõi');
  dashboard
    .command('set')
    .description('đặt ngưỡng bất thường')
    .requiredOption('--data-dir <dir>', 'thư mục dữ liệu của máy chủ')
    .requiredOption('--drop-points <n>', `tỷ lệ thu giảm quá bao nhiêu điểm thì báo (mặc định ${DEFAULT_DROP_POINTS})`)
    .option('--json', 'kết quả dạng JSON')
    .action(dashboardSetCommand);
}
