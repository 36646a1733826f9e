/**
 * Select and TreeSelect that search the way people type Vietnamese: without diacritics and in any case ("to san
 * xuat" finds "Tổ sản xuất"). The one place the folding search of every picker lives.
 */
import { Select, TreeSelect, type SelectProps, type TreeSelectProps } from 'antd';
import { foldVi } from '../../shared/text/fold';

/** Whether `text` contains what was typed, both folded. */
export const viIncludes = (text: unknown, input: string) => foldVi(String(text ?? '')).includes(foldVi(input));

// Made once: a new object each render would make antd recompute its filtered options.
const byLabel: SelectProps['showSearch'] = { filterOption: (input, option) => viIncludes(option?.label, input) };
const byTitle: TreeSelectProps['showSearch'] = { filterTreeNode: (input, node) => viIncludes(node.title, input) };

export function SearchSelect<V>(props: Omit<SelectProps<V>, 'showSearch'>) {
  return <Select<V> {...props} showSearch={byLabel} />;
}

export function SearchTreeSelect<V>(props: Omit<TreeSelectProps<V>, 'showSearch'>) {
  return <TreeSelect<V> {...props} showSearch={byTitle} />;
}
