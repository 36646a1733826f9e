/** The funds categories by code (their names for the books and vouchers), read once per page visit. */
import { useMemo } from 'react';
import { useCommand } from './useCommand';

export function useCategories() {
  const { data } = useCommand('funds.categories', {});
  const categories = useMemo(() => data?.categories ?? [], [data]);
  const nameOf = useMemo(() => {
    const byCode = new Map(categories.map((c) => [c.code, c.name]));
    return (code: string | null) => (code === null ? '' : (byCode.get(code) ?? code));
  }, [categories]);
  return { categories, nameOf };
}
