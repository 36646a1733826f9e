/**
 * `uniondesk elections tally`: the JSON shape, the Vietnamese table, and no vault or passphrase needed (the
 * count touches no data); bad files and bad elections are input errors (exit 4) with the core's Vietnamese message.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, run, tempDir } from './helpers';

afterAll(cleanup);

const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';
const CUONG = 'Lê Văn Cường';

let files = '';
let empty = '';
/** Write ELECTION.json (an object or raw text) and return its path. */
const election = (name: string, content: unknown) => {
  const file = path.join(files, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
// A data folder where no vault was ever made, and no passphrase in the environment.
const tally = (...args: string[]) => run(['--data-dir', empty, 'elections', 'tally', ...args], {});

// 2 seats; 6 issued, 5 collected: 3 valid (An 3, Bình 2, Cường 1), one blank and one keeping all three names.
const ballots = {
  seats: 2,
  candidates: [AN, BINH, CUONG],
  denominator: 'valid',
  issued: 6,
  collected: 5,
  ballots: [[CUONG], [BINH], [CUONG], [], [AN, BINH, CUONG]],
};

beforeAll(() => {
  files = tempDir();
  empty = tempDir();
});

describe('uniondesk elections tally', () => {
  it('prints the count as the issue specifies with --json, without a vault or a passphrase', async () => {
    const r = await tally('--file', election('ballots.json', ballots), '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual({
      issued: 6,
      collected: 5,
      valid: 3,
      invalid: 2,
      threshold: 2,
      results: [
        { name: AN, votes: 3, percent: 100, elected: true, tie: false },
        { name: BINH, votes: 2, percent: 66.67, elected: true, tie: false },
        { name: CUONG, votes: 1, percent: 33.33, elected: false, tie: false },
      ],
    });
  });

  it('shows a table in Vietnamese: the figures, then each candidate with votes, % and the outcome', async () => {
    const r = await tally('--file', election('ballots.json', ballots));
    expect(r.code, r.stderr).toBe(0);
    for (const line of [
      /Số phiếu phát ra\s+6/,
      /Số phiếu thu vào\s+5/,
      /Số phiếu hợp lệ\s+3/,
      /Số phiếu không hợp lệ\s+2/,
      /Ngưỡng trúng cử \(quá 1\/2 số phiếu hợp lệ\)\s+2$/m,
      /1\s+Nguyễn Văn An\s+3\s+100,00\s+Trúng cử/,
      /2\s+Trần Thị Bình\s+2\s+66,67\s+Trúng cử/,
      /3\s+Lê Văn Cường\s+1\s+33,33\s+Không trúng cử/,
    ])
      expect(r.stdout).toMatch(line);
  });

  it('counts totals too, and marks candidates tied across the last seat for a re-vote', async () => {
    // 2 seats, 10 valid ballots: An 8, Bình and Cường 6 each, all above half: Bình and Cường tie for the last seat.
    const totals = { [AN]: 8, [BINH]: 6, [CUONG]: 6 };
    const tie = { ...ballots, ballots: undefined, issued: 12, collected: 11, totals, invalid: 1 };
    const r = await tally('--file', election('tie.json', tie));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Số phiếu không hợp lệ\s+1/);
    expect(r.stdout).toMatch(/Nguyễn Văn An\s+8\s+80,00\s+Trúng cử/);
    expect(r.stdout).toMatch(/Trần Thị Bình\s+6\s+60,00\s+Bằng phiếu – bầu lại/);
    expect(r.stdout).toMatch(/Lê Văn Cường\s+6\s+60,00\s+Bằng phiếu – bầu lại/);
    const counted = json(await tally('--file', election('tie.json', tie), '--json'));
    expect(counted.results.map((c: { tie: boolean }) => c.tie)).toEqual([false, true, true]);
  });

  it('refuses a name off the list, naming it, with exit 4 and the core error as JSON', async () => {
    const file = election('unknown.json', { ...ballots, ballots: undefined, totals: { 'Hoàng Văn Em': 1 } });
    const r = await tally('--file', file, '--json');
    expect(r.code).toBe(4);
    expect(json(r).error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Hoàng Văn Em') });
    const human = await tally('--file', file);
    expect(human.stderr).toMatch(/"Hoàng Văn Em" không có trong danh sách ứng cử viên/);
  });

  it('refuses a file that is not one JSON object, a missing file, and a missing --file', async () => {
    const broken = await tally('--file', election('broken.json', '{"seats": 1'));
    expect(broken.code).toBe(4);
    expect(broken.stderr).toMatch(/không phải JSON hợp lệ/);
    const list = await tally('--file', election('list.json', '[]'));
    expect(list.code).toBe(4);
    expect(list.stderr).toMatch(/một đối tượng JSON/);
    expect((await tally('--file', path.join(files, 'none.json'))).code).toBe(4);
    expect((await tally()).code).toBe(2);
    const shape = await tally('--file', election('shape.json', { ...ballots, seats: 'hai' }), '--json');
    expect(shape.code).toBe(4);
    expect(json(shape).error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['seats'] })]));
  });

  it('works the same beside a locked vault, with no passphrase given', async () => {
    const { dataDir } = await initVault();
    const r = await run(['--json', '--data-dir', dataDir, 'elections', 'tally', '--file', election('b.json', ballots)]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).valid).toBe(3);
  });
});
