/**
 * A table's separator row sets its column widths, as Pandoc reads pipe tables (a list of names needs a wide name
 * column, not five equal ones); three dashes or fewer everywhere keep the even split; the widths reach the renderers.
 */
import { describe, expect, it } from 'vitest';
import { tableGrid } from '../../src/core/documents/render/body-shared';
import { markdownToBody } from '../../src/core/documents/templates';
import type { BlockNode } from '../../src/shared/document-model';

const table = (md: string) => markdownToBody(md).content[0] as Extract<BlockNode, { type: 'table' }>;

describe('table widths from the separator row', () => {
  it('dashes give the shares of the width; alignment colons do not count', () => {
    const t = table('| STT | Họ và tên | Ký nhận |\n|:--:|--------:|------|\n| 1 | Lan | |');
    expect(t.content[0].content.map((c) => c.attrs?.colwidth)).toEqual([[20], [80], [60]]);
    expect(tableGrid(t).shares).toEqual([20 / 160, 80 / 160, 60 / 160]);
    expect(t.content[1].content[0].attrs).toBeUndefined(); // the first row carries them for the whole column
  });

  it('three dashes or fewer everywhere keep the even split', () => {
    const t = table('| A | B | C |\n|:---:|---|--:|\n| 1 | 2 | 3 |');
    expect(t.content[0].content.every((c) => c.attrs === undefined)).toBe(true);
    expect(tableGrid(t).shares).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('a header row of empty cells (a table without header) still takes the widths', () => {
    const t = table('| | |\n|----|--------|\n| a | b |');
    expect(t.content).toHaveLength(1);
    expect(tableGrid(t).shares).toEqual([1 / 3, 2 / 3]);
  });
});
