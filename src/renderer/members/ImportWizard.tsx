/**
 * Import from Excel/CSV in four steps: pick a file → dry run (header row, column mapping the user can fix, the
 * columns to choose, counts, flagged and rejected rows) → the real import with a progress bar → the report. Nothing
 * is written before "Nhập". The footer stays in view however long the report (the body scrolls, also at 200% zoom),
 * and each step moves the keyboard focus to its own title, never to <body>.
 */
import { Button, Modal, Progress, Result, Space, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/members-contract';
import { useApi } from '../api/ApiContext';
import { downloadFile } from '../api/download';
import { jobPercent, useJob } from '../settings/useJob';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { readAsBase64 } from './fileData';
import { ImportCheckStep } from './ImportCheckStep';
import { ImportCounts } from './ImportCounts';
import { ImportFileStep } from './ImportFileStep';
import { ImportFlagged, ProblemsDownload } from './ImportFlagged';
import { ImportRejected } from './ImportRejected';
import './ImportWizard.css';

type Step = 'file' | 'check' | 'run' | 'report';
const STEPS: Step[] = ['file', 'check', 'run', 'report'];

interface Props {
  open: boolean;
  onClose: () => void;
  /** Something was written: reload the register and the groups. */
  onImported: () => void;
}

interface Picked {
  name: string;
  base64: string;
}

export function ImportWizard({ open, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { job, run, clear } = useJob();
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<Picked | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'reading' | 'checking' | 'running' | null>(null);
  const [skipFlagged, setSkipFlagged] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const stepTitle = useRef<HTMLHeadingElement>(null);

  // A step replaces what had the focus (the file picker, the confirm button): the step's title takes it over.
  useEffect(() => {
    if (open) stepTitle.current?.focus({ preventScroll: true });
  }, [open, step]);

  const reset = () => {
    seq.current++;
    setStep('file');
    setFile(null);
    setMapping({});
    setPreview(null);
    setReport(null);
    setBusy(null);
    setSkipFlagged(false);
    setError(null);
    clear();
  };

  const request = (f: Picked, m: Record<string, string>, skip: boolean) => ({
    fileName: f.name,
    base64: f.base64,
    skipFlagged: skip,
    ...(Object.keys(m).length ? { mapping: m } : {}),
  });
  const start = (f: Picked, dryRun: boolean, m: Record<string, string>, skip: boolean) =>
    run(() => call('members.importData', { ...request(f, m, skip), dryRun }));

  const check = async (f: Picked, m: Record<string, string>, skip = skipFlagged) => {
    const mine = ++seq.current;
    setBusy('checking');
    setError(null);
    try {
      const done = await start(f, true, m, skip);
      if (mine !== seq.current) return;
      const result = done.result as ImportReport;
      setPreview(result);
      setStep('check');
    } catch (err) {
      if (mine === seq.current) setError(detailText(t, err));
    } finally {
      if (mine === seq.current) setBusy(null);
    }
  };

  const pick = async (picked: File) => {
    setBusy('reading');
    setError(null);
    try {
      const f = { name: picked.name, base64: await readAsBase64(picked) };
      setFile(f);
      setMapping({});
      setPreview(null);
      setSkipFlagged(false);
      await check(f, {}, false);
    } catch (err) {
      setError(detailText(t, err));
      setBusy(null);
    }
  };

  const remap = (letter: string, target: string) => {
    if (!file) return;
    const next = { ...mapping, [letter]: target };
    setMapping(next);
    void check(file, next);
  };

  const chooseSkip = (skip: boolean) => {
    if (!file) return;
    setSkipFlagged(skip);
    void check(file, mapping, skip);
  };

  const download = async () => {
    if (!file) return;
    setDownloading(true);
    setError(null);
    try {
      downloadFile(await call('members.importProblems', request(file, mapping, skipFlagged)));
    } catch (err) {
      setError(detailText(t, err));
    } finally {
      setDownloading(false);
    }
  };

  const confirm = async () => {
    if (!file) return;
    const mine = ++seq.current;
    setStep('run');
    setBusy('running');
    setError(null);
    try {
      const done = await start(file, false, mapping, skipFlagged);
      if (mine !== seq.current) return;
      setReport(done.result as ImportReport);
      setStep('report');
      onImported();
    } catch (err) {
      if (mine !== seq.current) return;
      setError(detailText(t, err));
      setStep('check');
    } finally {
      if (mine === seq.current) setBusy(null);
    }
  };

  const close = () => {
    if (busy === 'running') return;
    reset();
    onClose();
  };

  const toImport = preview ? preview.imported + preview.updated : 0;
  const toChoose = preview?.ambiguous[0];
  const footer =
    step === 'check' ? (
      <Space>
        <Button onClick={() => (reset(), setStep('file'))} disabled={busy !== null}>
          {t('members.import.another')}
        </Button>
        <Button
          type="primary"
          onClick={() => void confirm()}
          disabled={busy !== null || toImport === 0 || toChoose !== undefined}
          data-testid="import-confirm"
        >
          {toChoose
            ? t('members.import.chooseFirst', { header: toChoose.header })
            : toImport
              ? t('members.import.confirm', { n: toImport })
              : t('members.import.nothing')}
        </Button>
      </Space>
    ) : step === 'report' ? (
      <Button type="primary" onClick={close} data-testid="import-close">
        {t('members.import.close')}
      </Button>
    ) : (
      <Button onClick={close} disabled={busy === 'running'}>
        {t('members.import.close')}
      </Button>
    );

  return (
    <Modal
      open={open}
      title={t('members.import.title')}
      onCancel={close}
      footer={footer}
      width={1000}
      rootClassName="ud-import-modal"
      centered
      destroyOnHidden
      closable={busy !== 'running'}
      keyboard={busy !== 'running'}
    >
      <div data-testid="import-wizard">
        <h2 ref={stepTitle} tabIndex={-1} className="ud-import-step-title" data-testid="import-step-title">
          {t('members.import.stepTitle', { n: STEPS.indexOf(step) + 1, name: t(`members.import.steps.${step}`) })}
        </h2>
        <Steps
          current={STEPS.indexOf(step)}
          className="ud-steps"
          size="small"
          items={STEPS.map((s) => ({ title: t(`members.import.steps.${s}`) }))}
        />
        <FormError error={error} testId="import-error" />
        {step === 'file' && (
          <ImportFileStep
            busy={busy !== null}
            busyText={t(busy === 'reading' ? 'members.import.reading' : 'members.import.checking')}
            onFile={(f) => void pick(f)}
          />
        )}
        {step === 'check' && file && preview && (
          <ImportCheckStep
            fileName={file.name}
            preview={preview}
            checking={busy === 'checking'}
            onMapping={remap}
            skipFlagged={skipFlagged}
            onSkipFlagged={chooseSkip}
            downloading={downloading}
            onDownload={() => void download()}
          />
        )}
        {step === 'run' && (
          <div className="ud-job" data-testid="import-progress">
            <Typography.Text>{t('members.import.running')}</Typography.Text>
            <Progress percent={job ? jobPercent(job) : 0} status={job?.state === 'failed' ? 'exception' : 'active'} />
          </div>
        )}
        {step === 'report' && report && (
          <div data-testid="import-report">
            <Result status="success" title={t('members.import.done')} className="ud-import-result" />
            <ImportCounts report={report} testId="import-report-counts" />
            <ImportFlagged report={report} skipFlagged={skipFlagged} />
            <ImportRejected report={report} />
            <ProblemsDownload report={report} busy={downloading} onDownload={() => void download()} />
          </div>
        )}
      </div>
    </Modal>
  );
}
