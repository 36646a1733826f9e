/**
 * The import asks instead of guessing: a column whose header may mean the job title or the union position is read
 * only once the user has said which (or to leave it out). A preview shows such columns; an import refuses them.
 */
import { ImportError } from './errors';
import type { ParsedFile } from './types';

export function assertColumnsChosen(parsed: Pick<ParsedFile, 'ambiguous'>): void {
  if (!parsed.ambiguous.length) return;
  const cols = parsed.ambiguous.map((a) => `cột ${a.column} «${a.header}»`).join(', ');
  throw new ImportError(
    `Chưa rõ ${cols} là chức danh công việc hay chức vụ công đoàn: hãy chọn trường cho cột này (hoặc bỏ qua) rồi nhập`,
    'mapping',
  );
}
