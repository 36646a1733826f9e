import { FileExcelOutlined, PlusOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  onAdd: () => void;
  onImport: () => void;
  onExport: () => void;
  onPrint: () => void;
  printing: boolean;
}

export function RegisterActions({ onAdd, onImport, onExport, onPrint, printing }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap className="ud-register-actions">
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} data-testid="member-add">
        {t('members.actions.add')}
      </Button>
      <Button icon={<UploadOutlined />} onClick={onImport} data-testid="member-import">
        {t('members.actions.import')}
      </Button>
      <Button icon={<FileExcelOutlined />} onClick={onExport} data-testid="member-export">
        {t('members.actions.export')}
      </Button>
      <Button icon={<PrinterOutlined />} onClick={onPrint} loading={printing} data-testid="member-print">
        {t('members.actions.print')}
      </Button>
    </Space>
  );
}
