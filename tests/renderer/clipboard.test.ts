/** The recovery key leaves the clipboard after a minute, unless something else has been copied over it since. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLEAR_SECRET_AFTER_MS, copySecret } from '../../src/renderer/common/clipboard';

const KEY = 'ABCD-EFGH-IJKL-MNOP';

function fakeClipboard(readable = true) {
  const board = {
    text: '',
    writeText: vi.fn(async (t: string) => void (board.text = t)),
    readText: vi.fn(async () => {
      if (!readable) throw new DOMException('denied', 'NotAllowedError');
      return board.text;
    }),
  };
  return board;
}

afterEach(() => vi.useRealTimers());

describe('copySecret', () => {
  it('clears the key after 60 s, not before', async () => {
    vi.useFakeTimers();
    const board = fakeClipboard();
    await copySecret(KEY, board);
    expect(board.text).toBe(KEY);
    await vi.advanceTimersByTimeAsync(CLEAR_SECRET_AFTER_MS - 1000);
    expect(board.text).toBe(KEY);
    await vi.advanceTimersByTimeAsync(1000);
    expect(board.text).toBe('');
    expect(CLEAR_SECRET_AFTER_MS).toBe(60_000);
  });

  it('leaves alone what the user copied since', async () => {
    vi.useFakeTimers();
    const board = fakeClipboard();
    await copySecret(KEY, board);
    board.text = 'địa chỉ vừa sao chép';
    await vi.advanceTimersByTimeAsync(CLEAR_SECRET_AFTER_MS);
    expect(board.text).toBe('địa chỉ vừa sao chép');
  });

  it('clears anyway where the clipboard cannot be read (Electron grants writing only)', async () => {
    vi.useFakeTimers();
    const board = fakeClipboard(false);
    await copySecret(KEY, board);
    await vi.advanceTimersByTimeAsync(CLEAR_SECRET_AFTER_MS);
    expect(board.writeText).toHaveBeenLastCalledWith('');
  });

  it('a second copy restarts the minute', async () => {
    vi.useFakeTimers();
    const board = fakeClipboard();
    await copySecret(KEY, board);
    await vi.advanceTimersByTimeAsync(30_000);
    await copySecret(KEY, board);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(board.text).toBe(KEY);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(board.text).toBe('');
  });
});
