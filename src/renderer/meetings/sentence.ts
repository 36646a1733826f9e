/**
 * What a meeting or election paper could not be made for, as the core says it: its own sentence for a refusal
 * ("Cần ghi người chủ trì và thư ký…") says more than the issues' short "Bắt buộc"; other errors as `detailText`.
 */
import type { TFunction } from 'i18next';
import { CallError } from '../api/call';
import { detailText } from '../common/errors';

export function sentenceOf(t: TFunction, err: unknown): string {
  if (err instanceof CallError && err.code === 'VALIDATION' && err.message) return err.message;
  return detailText(t, err);
}
