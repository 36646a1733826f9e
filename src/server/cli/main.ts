/** `uniondesk-server`: the upper-level union's sync server and its admin commands (exact shapes: issue 12). */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { ConfigError } from '../db/config';
import { registerDashboardCommands } from '../dashboard/commands';
import * as admin from './admin';
import { EXIT, InputRejected, output, UsageError } from './output';
import { start } from './start';

const DEFAULT_RATE_PER_MINUTE = 600;

function positiveInt(what: string, min = 0) {
  return (v: string) => {
    if (!/^\d+$/.test(v) || Number(v) < min) throw new InvalidArgumentError(`${what} phải là số nguyên ≥ ${min}.`);
    return Number(v);
  };
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('uniondesk-server')
    .description('Máy chủ đồng bộ của công đoàn cấp trên cho UnionDesk')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showHelpAfterError(false);
  const json = (c: Command) => c.option('--json', 'kết quả dạng JSON');
  const dataDir = (c: Command) => c.requiredOption('--data-dir <dir>', 'thư mục dữ liệu của máy chủ');

  json(dataDir(program.command('init').description('khởi tạo thư mục dữ liệu (SQLite mặc định, hoặc PostgreSQL)')))
    .option('--database-url <url>', 'PostgreSQL: postgres://… (mặc định: biến DATABASE_URL, nếu không có thì SQLite)')
    .option('--name <name>', 'tên công đoàn cấp trên')
    .action(async (o) => admin.initCommand(output(o.json), o));

  dataDir(program.command('start').description('chạy máy chủ'))
    .requiredOption('--port <port>', 'cổng (0: một cổng trống)', positiveInt('Cổng'))
    .option('--host <host>', 'địa chỉ lắng nghe', '127.0.0.1')
    .option('--cert <file>', 'chứng chỉ TLS (PEM)')
    .option('--key <file>', 'khoá riêng TLS (PEM)')
    .option(
      '--rate-limit <n>',
      'số yêu cầu tối đa mỗi phút của một máy',
      positiveInt('Giới hạn', 1),
      DEFAULT_RATE_PER_MINUTE,
    )
    .action(async (o) => {
      if (!!o.cert !== !!o.key) throw new UsageError('Cần cả --cert và --key để chạy HTTPS.');
      setExit(
        await start({
          dataDir: o.dataDir,
          port: o.port,
          host: o.host,
          cert: o.cert,
          key: o.key,
          rateLimit: o.rateLimit,
        }),
      );
    });

  const org = program.command('org').description('công đoàn cơ sở');
  json(dataDir(org.command('add').description('thêm một công đoàn cơ sở')))
    .requiredOption('--name <name>', 'tên công đoàn cơ sở')
    .action(async (o) => admin.orgAddCommand(output(o.json), o));

  json(dataDir(program.command('code').description('tạo mã đăng ký dùng một lần (24 giờ) cho một công đoàn cơ sở')))
    .requiredOption('--org <id>', 'mã công đoàn cơ sở')
    .action(async (o) => admin.codeCommand(output(o.json), o));

  const device = program.command('device').description('các máy đã đăng ký');
  json(dataDir(device.command('list').description('liệt kê các máy của một công đoàn cơ sở')))
    .requiredOption('--org <id>', 'mã công đoàn cơ sở')
    .action(async (o) => admin.deviceListCommand(output(o.json), o));
  json(dataDir(device.command('revoke').description('thu hồi quyền đồng bộ của một máy')))
    .requiredOption('--device <id>', 'mã máy')
    .action(async (o) => admin.deviceRevokeCommand(output(o.json), o));

  json(dataDir(program.command('report').description('báo cáo theo công đoàn cơ sở'))).action(async (o) =>
    admin.reportCommand(output(o.json), o),
  );

  registerDashboardCommands(program);

  json(dataDir(program.command('compact').description('dọn nhật ký thay đổi cũ của một công đoàn cơ sở')))
    .requiredOption('--org <id>', 'mã công đoàn cơ sở')
    .requiredOption('--before <seq>', 'dọn các thay đổi có số thứ tự ≤ seq', positiveInt('Số thứ tự'))
    .action(async (o) => admin.compactCommand(output(o.json), o));
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0)
        return EXIT.ok;
      process.stderr.write(`Lỗi cú pháp lệnh: ${err.message.replace(/^error: /, '')}\n`);
      return EXIT.usage;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`Lỗi cú pháp lệnh: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof InputRejected || err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return err instanceof InputRejected ? EXIT.rejected : EXIT.failure;
    }
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(`Cổng ${(err as { port?: number }).port ?? ''} đang được dùng bởi một chương trình khác.\n`);
      return EXIT.failure;
    }
    process.stderr.write(`Lỗi: ${describe(err)}\n`);
    return EXIT.failure;
  }
}

/** An error's message without a connection string's password. */
function describe(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/(postgres(?:ql)?:\/\/[^:/@\s]*:)[^@\s]*@/g, '$1***@');
}
