/** The latest edited documents (drafts and issued): a click opens one in the editor. */
import { Button, Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewReport } from '../../shared/overview-contract';
import { formatDate } from '../app/format';

interface Props {
  documents: OverviewReport['documents'];
  onOpen: (id?: string) => void;
}

export function DocumentsCard({ documents, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('overview.documents.title')}
      extra={<Button onClick={() => onOpen()}>{t('overview.documents.open')}</Button>}
      data-testid="overview-documents"
    >
      {documents.total > 0 && (
        <Typography.Paragraph type="secondary">
          {t('overview.documents.total', { count: documents.total })} ·{' '}
          <span data-testid="overview-drafts">{t('overview.documents.drafts', { count: documents.drafts })}</span>
        </Typography.Paragraph>
      )}
      <List
        size="small"
        dataSource={documents.recent}
        locale={{ emptyText: t('overview.documents.empty') }}
        renderItem={(d) => (
          <List.Item>
            <Button
              type="text"
              block
              className="ud-overview-doc"
              onClick={() => onOpen(d.id)}
              data-testid="overview-doc"
            >
              <Tag color={d.status === 'draft' ? 'default' : 'blue'}>
                {d.status === 'draft' ? t('overview.documents.draft') : t('overview.documents.issued')}
              </Tag>
              <Typography.Text strong>{d.numberText ?? d.type}</Typography.Text>
              <span className="ud-overview-doc-summary">{d.summary || t('overview.documents.noSummary')}</span>
              <Typography.Text type="secondary">{formatDate(d.date)}</Typography.Text>
            </Button>
          </List.Item>
        )}
      />
    </Card>
  );
}
