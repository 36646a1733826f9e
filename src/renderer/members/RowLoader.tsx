import { useEffect } from 'react';

/** An empty row slot: the virtual table renders only what is on screen, so being rendered means "load my page". */
export function RowLoader({ index, onNeed }: { index: number; onNeed: (index: number) => void }) {
  useEffect(() => onNeed(index), [index, onNeed]);
  return <span className="ud-row-loading" aria-hidden />;
}
