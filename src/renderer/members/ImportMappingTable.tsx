/**
 * Every column of the file: its letter, its header, three of its values and the member field it goes to. The core
 * detects what it can; a column it cannot decide alone ("Chức vụ": job title or union position?) waits, empty,
 * for the user's choice, and the values beside it are what the user decides by.
 */
import { Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/members-contract';
import { IMPORT_TARGETS } from './fields';
import { columnIndex } from '../../shared/text/columns';
import { SearchSelect } from '../common/SearchSelect';

interface Props {
  preview: Pick<ImportReport, 'mapping' | 'headers' | 'unmapped' | 'ambiguous' | 'samples'>;
  onChange: (letter: string, target: string) => void;
}

interface Line {
  letter: string;
  header: string | undefined;
  target: string | undefined;
  unknown: boolean;
  ambiguous: boolean;
  samples: string[];
}

/** Job title and union position first: they are what an ambiguous column is asked about. */
const FIRST = ['jobTitle', 'position'];

export function ImportMappingTable({ preview, onChange }: Props) {
  const { t } = useTranslation();
  const { mapping, headers, unmapped, ambiguous, samples } = preview;
  const options = useMemo(
    () => [
      ...FIRST.map((f) => ({ value: f, label: t(`memberFields.${f}`) })),
      { value: 'ignore', label: t('members.import.ignore') },
      ...IMPORT_TARGETS.filter((f) => !FIRST.includes(f)).map((f) => ({ value: f, label: t(`memberFields.${f}`) })),
    ],
    [t],
  );
  const asked = new Set(ambiguous.map((a) => a.column));
  const letters = [...new Set([...Object.keys(mapping), ...asked])].sort((a, b) => columnIndex(a) - columnIndex(b));
  const lines: Line[] = letters.map((letter) => {
    const header = headers[letter];
    const target = mapping[letter];
    return {
      letter,
      header,
      target,
      unknown: target === 'ignore' && header !== undefined && unmapped.includes(header),
      ambiguous: asked.has(letter),
      samples: samples[letter] ?? [],
    };
  });
  return (
    <Table<Line>
      size="small"
      data-testid="import-mapping"
      rowKey="letter"
      dataSource={lines}
      pagination={false}
      rowClassName={(l) => (l.ambiguous || l.unknown ? 'ud-mapping-unknown' : '')}
      columns={[
        { key: 'letter', title: t('members.import.column'), dataIndex: 'letter', width: 56 },
        {
          key: 'header',
          title: t('members.import.header'),
          width: 220,
          render: (_: unknown, l: Line) => (
            <>
              {l.header ?? '—'} {l.unknown && <Tag color="warning">{t('members.import.unknown')}</Tag>}
              {l.ambiguous && <Tag color="warning">{t('members.import.ambiguousTag')}</Tag>}
            </>
          ),
        },
        {
          key: 'samples',
          title: t('members.import.samples'),
          render: (_: unknown, l: Line) => (
            <Typography.Text type="secondary" className="ud-import-samples" data-testid={`import-samples-${l.letter}`}>
              {l.samples.length ? l.samples.join(' · ') : t('members.import.noSamples')}
            </Typography.Text>
          ),
        },
        {
          key: 'target',
          title: t('members.import.field'),
          width: 260,
          render: (_: unknown, l: Line) => (
            // Never disabled while the file is re-checked: a disabled control drops the keyboard focus to <body>.
            <SearchSelect
              className="ud-full-width"
              value={l.target}
              placeholder={l.ambiguous ? t('members.import.choose') : undefined}
              status={l.ambiguous ? 'warning' : undefined}
              onChange={(v: string) => onChange(l.letter, v)}
              options={options}
              data-testid={`import-map-${l.letter}`}
              aria-label={`${t('members.import.column')} ${l.letter}${l.header ? ` «${l.header}»` : ''}`}
            />
          ),
        },
      ]}
    />
  );
}
