/** Column letter → member field, as the core detected it; the user fixes what it did not recognise. */
import { Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGETS } from './fields';
import { columnIndex } from '../../shared/text/columns';
import { SearchSelect } from '../common/SearchSelect';

interface Props {
  mapping: Record<string, string>;
  headers: Record<string, string>;
  unmapped: string[];
  disabled: boolean;
  onChange: (letter: string, target: string) => void;
}

interface Line {
  letter: string;
  header: string | undefined;
  target: string;
  unknown: boolean;
}

export function ImportMappingTable({ mapping, headers, unmapped, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const options = useMemo(
    () => [
      { value: 'ignore', label: t('members.import.ignore') },
      ...IMPORT_TARGETS.map((f) => ({ value: f, label: t(`memberFields.${f}`) })),
    ],
    [t],
  );
  const lines: Line[] = Object.entries(mapping)
    .sort(([a], [b]) => columnIndex(a) - columnIndex(b))
    .map(([letter, target]) => {
      const header = headers[letter];
      return {
        letter,
        header,
        target,
        unknown: target === 'ignore' && header !== undefined && unmapped.includes(header),
      };
    });
  return (
    <Table<Line>
      size="small"
      data-testid="import-mapping"
      rowKey="letter"
      dataSource={lines}
      pagination={false}
      rowClassName={(l) => (l.unknown ? 'ud-mapping-unknown' : '')}
      columns={[
        { key: 'letter', title: t('members.import.column'), dataIndex: 'letter', width: 70 },
        {
          key: 'header',
          title: t('members.import.header'),
          render: (_: unknown, l: Line) => (
            <>
              {l.header ?? '—'} {l.unknown && <Tag color="warning">{t('members.import.unknown')}</Tag>}
            </>
          ),
        },
        {
          key: 'target',
          title: t('members.import.field'),
          width: 300,
          render: (_: unknown, l: Line) => (
            <SearchSelect
              className="ud-full-width"
              value={l.target}
              disabled={disabled}
              onChange={(v: string) => onChange(l.letter, v)}
              options={options}
              data-testid={`import-map-${l.letter}`}
              aria-label={`${t('members.import.column')} ${l.letter}`}
            />
          ),
        },
      ]}
    />
  );
}
