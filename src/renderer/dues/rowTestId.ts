import type { HTMLAttributes } from 'react';

/** A table row's test id (antd's onRow types know no data-* attributes). */
export const rowTestId = (testId: string) => (): HTMLAttributes<HTMLElement> =>
  ({ 'data-testid': testId }) as HTMLAttributes<HTMLElement>;
