/**
 * How a payment will be allocated, shown before it is recorded (the core's one rule): month M first, what is beyond
 * M's due pays the following unpaid months in order (an advance). Older arrears are paid by naming their month.
 */
export interface MonthOwing {
  month: string;
  owing: number;
  exempt: boolean;
}

export interface Allocation {
  month: string;
  amount: number;
  advance: boolean;
}

/** `following` = the months after M (from `dues.history`), oldest first; `rest` = beyond every known month. */
export function allocate(
  month: string,
  owing: number,
  amount: number,
  following: MonthOwing[],
): { parts: Allocation[]; rest: number } {
  const parts: Allocation[] = [];
  let left = Math.max(0, amount);
  const first = Math.min(left, owing);
  // M always takes the payment first, even a month already paid (then everything is an advance).
  if (first > 0) parts.push({ month, amount: first, advance: false });
  left -= first;
  for (const m of following) {
    if (left <= 0) break;
    if (m.month <= month || m.exempt || m.owing <= 0) continue;
    const part = Math.min(left, m.owing);
    parts.push({ month: m.month, amount: part, advance: true });
    left -= part;
  }
  return { parts, rest: left };
}
