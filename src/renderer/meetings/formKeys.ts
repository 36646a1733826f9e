/**
 * Enter in a date or time field (an antd picker, or an input marked `data-time-field`) takes what was typed there and
 * stays on the page: it never submits the form, so a secretary typing a date and pressing Enter does not create a
 * half-filled meeting. Only the Lưu button saves. Put on the <Form> as onKeyDown; the picker has handled the key by
 * then, and cancelling the keydown is what stops the browser's implicit submission.
 */
import type { KeyboardEvent } from 'react';

export function enterStaysInDateFields(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Enter') return;
  const target = e.target as HTMLElement;
  if (target.closest('.ant-picker, [data-time-field]')) e.preventDefault();
}

/** "8:30", "0830", "8h30", "8.30" → "08:30"; "" → null; anything else is returned as typed (and refused). */
export function normaliseTime(text: string | null | undefined): string | null {
  const s = (text ?? '').trim();
  if (!s) return null;
  const m = /^(\d{1,2})\s*[:hH.]?\s*(\d{2})$/.exec(s) ?? /^(\d{1,2})\s*[hH]$/.exec(s);
  if (!m) return s;
  return `${m[1].padStart(2, '0')}:${m[2] ?? '00'}`;
}

export const isTime = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
