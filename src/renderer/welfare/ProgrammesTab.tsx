/** Chương trình: the programmes with their places taken, adding one, and the picked one's registrations. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../shared/welfare-contract';
import { formatDateVi } from '../../shared/text/format';
import { FormError } from '../common/FormError';
import { useCommand } from '../funds/useCommand';
import { ProgrammeDetail } from './ProgrammeDetail';
import { ProgrammeDialog } from './ProgrammeDialog';

export function ProgrammesTab() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useCommand('welfare.programmes', {});
  const [adding, setAdding] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const items = data?.items ?? [];
  const shown = picked ?? items[0]?.id ?? null;

  return (
    <Row gutter={16} data-testid="welfare-programmes">
      <Col xs={24} xl={11}>
        <Card
          size="small"
          extra={
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="welfare-programme-add"
            >
              {t('welfare.programmes.add')}
            </Button>
          }
        >
          <FormError error={error} />
          <Table<Programme>
            size="small"
            rowKey="id"
            loading={loading && !data}
            dataSource={items}
            pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('welfare.programmes.empty') }}
            rowClassName={(p) => (p.id === shown ? 'ant-table-row-selected' : '')}
            onRow={(p) =>
              ({
                onClick: () => setPicked(p.id),
                style: { cursor: 'pointer' },
                'data-testid': 'welfare-programme-row',
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              { key: 'name', title: t('welfare.programmes.name'), dataIndex: 'name', ellipsis: true },
              {
                key: 'kind',
                title: t('welfare.programmes.kind'),
                render: (_, p) => (
                  <>
                    {t(`welfare.programmeKinds.${p.kind}`)}
                    {p.hazardousOnly && <Tag style={{ marginLeft: 4 }}>NN-ĐH</Tag>}
                  </>
                ),
              },
              { key: 'date', title: t('welfare.programmes.date'), width: 100, render: (_, p) => formatDateVi(p.date) },
              {
                key: 'seats',
                title: t('welfare.programmes.registered'),
                align: 'right',
                width: 100,
                render: (_, p) => (
                  <span style={p.registered >= p.capacity ? { color: '#cf1322' } : undefined}>
                    {p.registered}/{p.capacity}
                  </span>
                ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={13}>
        {shown ? (
          <ProgrammeDetail key={shown} id={shown} onChanged={reload} />
        ) : (
          <Card size="small">
            <Empty description={t('welfare.programmes.pick')} />
          </Card>
        )}
      </Col>
      {adding && (
        <ProgrammeDialog
          onClose={() => setAdding(false)}
          onDone={(id) => (setAdding(false), setPicked(id), reload())}
        />
      )}
    </Row>
  );
}
