/** Step 1: pick a .xlsx/.csv file. Nothing is uploaded anywhere: the bytes go to the local core on "check". */
import { InboxOutlined } from '@ant-design/icons';
import { Spin, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';

export function ImportFileStep({
  busy,
  busyText,
  onFile,
}: {
  busy: boolean;
  busyText: string;
  onFile: (file: File) => void;
}) {
  const { t } = useTranslation();
  return (
    <Spin spinning={busy} description={busyText}>
      <div data-testid="import-file">
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            onFile(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('members.import.pick')}</p>
        </Upload.Dragger>
      </div>
      <Typography.Paragraph type="secondary" className="ud-section-title">
        {t('members.import.pickHint')}
      </Typography.Paragraph>
    </Spin>
  );
}
