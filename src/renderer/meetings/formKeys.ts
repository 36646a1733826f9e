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
