/**
 * A list of records (members to admit, awardees, motions…) as a small table of inputs, one row per item; the
 * columns come from the template's example, whose first row shows as grey hints. Headers are translated where we
 * know the key, else the key itself. A list of people adds a search of the member register that fills a row.
 * Every row stays in view: no row limit, text cells grow with their text.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/DateInput';
import { GroupedNumberInput } from './GroupedNumberInput';
import { MemberRowPick } from './MemberRowPick';
import { isPeopleList, memberRow, type ItemColumn } from './templateData';

interface Props {
  name: string;
  columns: ItemColumn[];
  /** Grey hints per column (the template's first example row). */
  hints?: Record<string, string | undefined>;
  testId: string;
}

export function ItemListInput({ name, columns, hints = {}, testId }: Props) {
  const { t } = useTranslation();
  const header = (key: string) => t(`documents.itemKeys.${key}`, { defaultValue: key });
  const cell = (c: ItemColumn) => {
    const aria = header(c.key);
    const hint = hints[c.key];
    if (c.kind === 'number') return <GroupedNumberInput aria-label={aria} placeholder={hint} />;
    if (c.kind === 'date')
      return <DateInput placeholder={hint ?? t('documents.fields.datePlaceholder')} aria-label={aria} />;
    return <Input.TextArea autoSize={{ minRows: 1 }} aria-label={aria} placeholder={hint} />;
  };
  const grid = {
    gridTemplateColumns: `${columns.map((c) => (c.kind === 'text' ? 'minmax(120px, 2fr)' : 'minmax(90px, 1fr)')).join(' ')} 32px`,
  };
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <div className="ud-items" data-testid={testId}>
          <div className="ud-items-row ud-items-head" style={grid}>
            {columns.map((c) => (
              <div key={c.key}>{header(c.key)}</div>
            ))}
            <div />
          </div>
          {rows.map((row) => (
            <div key={row.key} className="ud-items-row" style={grid} data-testid={`${testId}-row`}>
              {columns.map((c) => (
                <Form.Item key={c.key} name={[row.name, c.key]} noStyle>
                  {cell(c)}
                </Form.Item>
              ))}
              <Button
                type="text"
                icon={<DeleteOutlined />}
                onClick={() => remove(row.name)}
                title={t('documents.picker.removeRow')}
                aria-label={t('documents.picker.removeRow')}
              />
            </div>
          ))}
          <div className="ud-items-add">
            {isPeopleList(columns) && (
              <MemberRowPick onPick={(m) => add(memberRow(columns, m))} testId={`${testId}-pick`} />
            )}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add(Object.fromEntries(columns.map((c) => [c.key, c.kind === 'text' ? '' : null])))}
            >
              {t('documents.picker.addRow')}
            </Button>
          </div>
        </div>
      )}
    </Form.List>
  );
}
