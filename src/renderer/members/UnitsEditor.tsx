/**
 * Tổ công đoàn: the groups as a tree with member counts; add, rename/move, delete (the core refuses non-empty ones).
 */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../shared/members-contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { UnitDialog, type UnitEdit } from './UnitDialog';
import { unitTree, type UnitNode } from './unitTree';

interface Props {
  units: Unit[] | null;
  loadError: string | null;
  onChanged: () => Promise<void> | void;
}

export function UnitsEditor({ units, loadError, onChanged }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message, modal } = App.useApp();
  const [selected, setSelected] = useState<string | null>(null);
  const [edit, setEdit] = useState<UnitEdit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = units ?? [];
  const tree = useMemo(() => unitTree(list), [list]);
  const unit = list.find((u) => u.id === selected) ?? null;

  const label = (n: UnitNode) => (
    <span data-testid="unit-node">
      {n.title} <Typography.Text type="secondary">({n.unit.memberCount})</Typography.Text>
    </span>
  );
  const withLabels = (nodes: UnitNode[]): object[] =>
    nodes.map((n) => ({ key: n.key, title: label(n), children: withLabels(n.children) }));

  const remove = (u: Unit) =>
    modal.confirm({
      title: t('members.units.deleteTitle', { name: u.name }),
      okText: t('members.units.delete'),
      okButtonProps: { danger: true, 'data-testid': 'unit-delete-ok' },
      cancelText: t('members.units.cancel'),
      onOk: async () => {
        setError(null);
        try {
          await call('units.delete', { id: u.id });
          setSelected(null);
          void message.success(t('members.units.deleted'));
          await onChanged();
        } catch (err) {
          setError(detailText(t, err));
        }
      },
    });

  return (
    <div className="ud-narrow" data-testid="units-editor">
      <Typography.Paragraph type="secondary">{t('members.units.intro')}</Typography.Paragraph>
      <Space wrap className="ud-units-actions">
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEdit({ kind: 'new', parentId: null })}
          data-testid="unit-add"
        >
          {t('members.units.add')}
        </Button>
        <Button
          icon={<PlusOutlined />}
          disabled={!unit}
          onClick={() => unit && setEdit({ kind: 'new', parentId: unit.id })}
          data-testid="unit-add-child"
        >
          {t('members.units.addChild')}
        </Button>
        <Button
          icon={<EditOutlined />}
          disabled={!unit}
          onClick={() => unit && setEdit({ kind: 'edit', unit })}
          data-testid="unit-edit"
        >
          {t('members.units.edit')}
        </Button>
        <Button
          danger
          icon={<DeleteOutlined />}
          disabled={!unit}
          onClick={() => unit && remove(unit)}
          data-testid="unit-delete"
        >
          {t('members.units.delete')}
        </Button>
      </Space>
      <FormError error={error || loadError} testId="units-error" />
      <Card size="small">
        {tree.length ? (
          <Tree
            blockNode
            defaultExpandAll
            selectedKeys={selected ? [selected] : []}
            onSelect={(keys) => {
              setError(null);
              setSelected((keys[0] as string | undefined) ?? null);
            }}
            treeData={withLabels(tree) as never}
          />
        ) : (
          <Empty description={t('members.units.empty')} />
        )}
      </Card>
      {!unit && tree.length > 0 && (
        <Typography.Paragraph type="secondary" className="ud-section-title">
          {t('members.units.select')}
        </Typography.Paragraph>
      )}
      <UnitDialog
        edit={edit}
        units={list}
        onClose={() => setEdit(null)}
        onSaved={() => {
          setEdit(null);
          void message.success(t('members.units.saved'));
          void onChanged();
        }}
      />
    </div>
  );
}
