import { FolderOutlined, LoadingOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Collapse,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Skeleton,
  Switch,
  Typography,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportSource } from '../../../../shared/domain';
import { call } from '../../api/client';
import {
  startReplacing,
  useExportTarget,
  useJob,
  useJobStarted,
  useSettings,
} from '../../api/exportQueries';
import { isJobActive } from '../../api/jobs';
import { describeError } from '../../components/describeError';
import { useNotifyError } from '../../components/useNotifyError';
import {
  isReportFormat,
  PAPERS,
  rememberChoices,
  FONT_KEYS,
  rememberedChoices,
  reportOptions,
  settingsFonts,
  type ReportFonts,
  type StyleChoices,
} from './exportOptions';
import { FileJobCard } from './FileJobCard';
import { fileName, folderOf, joinPath, stemOf } from './filePath';
import { chosenTowns, initialTownChoice, TownPicker, type TownChoice } from './TownPicker';
import { useConfirmReplace } from './useConfirmReplace';
import './reports.css';

export interface ExportDialogProps {
  source: ExportSource;
  /** The report's title until the user changes it (a comparison's name, a tag, a query). */
  defaultTitle: string;
  /** The towns the source covers, in their order; the user picks and orders them. */
  towns?: readonly string[];
  /** A saved comparison's rows; the user picks which go in. */
  rows?: readonly { label: string }[];
  /** Reports (docx, pdf) and/or passage tables (xlsx, csv), in the order offered. */
  formats: readonly ExportFormat[];
  onClose(): void;
}

/** Characters Windows and macOS refuse in file names, and control characters. */
function badFileName(name: string): boolean {
  return Array.from(name).some((ch) => ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch));
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Form.Item label={label} className="export-field">
      {children}
    </Form.Item>
  );
}

/** What a report shows and how it looks; remembered for the next export. */
function ReportChoices({
  format,
  choices,
  update,
}: {
  format: ExportFormat;
  choices: StyleChoices;
  update(changes: Partial<StyleChoices>): void;
}) {
  const { t } = useTranslation();
  const pdf = format === 'pdf';
  return (
    <>
      <Field label={t('exports.options.passages')}>
        <Radio.Group
          value={choices.passages}
          data-testid="export-passages"
          onChange={(event) => update({ passages: event.target.value as StyleChoices['passages'] })}
          options={[
            { value: 'excerpt', label: t('exports.options.passagesExcerpt') },
            { value: 'full', label: t('exports.options.passagesFull') },
          ]}
        />
      </Field>
      <Field label={t('exports.options.figures')}>
        <Switch
          checked={choices.figures}
          data-testid="export-figures"
          onChange={(figures) => update({ figures })}
        />
        <Typography.Text type="secondary" className="export-field-note">
          {t('exports.options.figuresHint')}
        </Typography.Text>
      </Field>
      <Field label={t('exports.options.comments')}>
        <Radio.Group
          value={pdf && choices.comments === 'comments' ? 'footnotes' : choices.comments}
          data-testid="export-comments"
          onChange={(event) => update({ comments: event.target.value as StyleChoices['comments'] })}
          options={[
            {
              value: 'comments',
              label: t('exports.options.commentsWord'),
              disabled: pdf,
            },
            { value: 'footnotes', label: t('exports.options.commentsFootnotes') },
            { value: 'none', label: t('exports.options.commentsNone') },
          ]}
        />
      </Field>
      <Field label={t('exports.options.citations')}>
        <Radio.Group
          value={choices.citations}
          onChange={(event) =>
            update({ citations: event.target.value as StyleChoices['citations'] })
          }
          options={[
            { value: 'footnotes', label: t('exports.options.citationsFootnotes') },
            { value: 'bibliography', label: t('exports.options.citationsBibliography') },
          ]}
        />
      </Field>
      <Field label={t('exports.options.language')}>
        <Radio.Group
          value={choices.language}
          data-testid="export-language"
          onChange={(event) => update({ language: event.target.value as StyleChoices['language'] })}
          options={[
            { value: 'zh', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Field>
      <Field label={t('exports.options.paper')}>
        <Select
          className="export-paper"
          value={choices.paper}
          data-testid="export-paper"
          onChange={(paper) => update({ paper })}
          options={PAPERS.map((paper) => ({ value: paper, label: t(`exports.paper.${paper}`) }))}
        />
      </Field>
      <Collapse
        size="small"
        ghost
        className="export-advanced"
        items={[
          {
            key: 'fonts',
            label: t('exports.options.advanced'),
            children: (
              <>
                <Field label={t('exports.options.bodyFont')}>
                  <Input
                    value={choices.bodyFont}
                    onChange={(event) => update({ bodyFont: event.target.value })}
                  />
                </Field>
                <Field label={t('exports.options.headingFont')}>
                  <Input
                    value={choices.headingFont}
                    onChange={(event) => update({ headingFont: event.target.value })}
                  />
                </Field>
                <Field label={t('exports.options.latinFont')}>
                  <Input
                    value={choices.latinFont}
                    onChange={(event) => update({ latinFont: event.target.value })}
                  />
                </Field>
                <Typography.Text type="secondary" className="export-field-note">
                  {t('exports.options.fontsHint')}
                </Typography.Text>
              </>
            ),
          },
        ]}
      />
    </>
  );
}

/**
 * The options dialog of an export: format, file name, what goes in and how it looks. Export
 * starts a job (asking before an existing file is replaced); the dialog then follows the job
 * to its end, with cancel, and offers the file.
 */
export function ExportDialog({
  source,
  defaultTitle,
  towns,
  rows,
  formats,
  onClose,
}: ExportDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const confirmReplace = useConfirmReplace();
  const jobStarted = useJobStarted();

  const [format, setFormat] = useState<ExportFormat>(formats[0] ?? 'docx');
  /** Null while the name follows the default for the chosen format. */
  const [stem, setStem] = useState<string | null>(null);
  /** Empty: the core names the report (工改比较报告); the placeholder says so. */
  const [title, setTitle] = useState('');
  const settings = useSettings();
  const [remembered, setChoices] = useState<StyleChoices>(() => rememberedChoices());
  /** Fonts typed in this dialog; the others follow the library's settings (设置 ▸ 报告字体). */
  const [fontEdits, setFontEdits] = useState<Partial<ReportFonts>>({});
  const choices: StyleChoices = { ...remembered, ...settingsFonts(settings.data), ...fontEdits };
  const updateChoices = (changes: Partial<StyleChoices>) => {
    const fonts = Object.fromEntries(
      FONT_KEYS.filter((key) => changes[key] !== undefined).map((key) => [key, changes[key]]),
    );
    setFontEdits((current) => ({ ...current, ...fonts }));
    setChoices((current) => ({ ...current, ...changes }));
  };
  const [townChoice, setTownChoice] = useState<TownChoice>(() => initialTownChoice(towns ?? []));
  const [rowIndexes, setRowIndexes] = useState<number[]>(() => (rows ?? []).map((_, i) => i));
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);

  const target = useExportTarget(source, format);
  const folder = target.data ? folderOf(target.data.path) : '';
  const defaultStem = target.data ? stemOf(fileName(target.data.path)) : '';
  const name = (stem ?? defaultStem).trim();
  const report = isReportFormat(format);
  const pickedTowns = towns && towns.length > 0 ? chosenTowns(townChoice) : undefined;
  const showRows = report && rows !== undefined && rows.length > 1;

  const problem =
    name === ''
      ? t('exports.problem.noName')
      : badFileName(name)
        ? t('exports.problem.badName')
        : pickedTowns && pickedTowns.length === 0
          ? t('exports.problem.noTowns')
          : showRows && rowIndexes.length === 0
            ? t('exports.problem.noRows')
            : null;

  const start = useMutation({
    mutationFn: () => {
      const path = joinPath(folder, `${name}.${format}`);
      const options = reportOptions(format, choices, {
        title,
        ...(pickedTowns ? { towns: pickedTowns } : {}),
        ...(showRows ? { rowIndexes: [...rowIndexes].sort((a, b) => a - b) } : {}),
      });
      return startReplacing(
        (overwrite) =>
          call('startExport', {
            source,
            format,
            options,
            path,
            ...(overwrite ? { overwrite: true } : {}),
          }),
        confirmReplace,
      );
    },
    onSuccess: (started) => {
      if (!started) {
        message.info(t('exports.replace.kept'));
        return;
      }
      rememberChoices(choices);
      setJobId(started.jobId);
      jobStarted();
    },
    onError: (error) => notifyError(error, t('exports.failed')),
  });

  const running = job !== undefined && isJobActive(job);
  const footer =
    jobId === null
      ? [
          <Button key="cancel" onClick={onClose}>
            {t('exports.cancel')}
          </Button>,
          <Button
            key="export"
            type="primary"
            data-testid="export-submit"
            disabled={problem !== null || !target.data}
            loading={start.isPending}
            onClick={() => start.mutate()}
          >
            {t('exports.submit')}
          </Button>,
        ]
      : [
          !running && (
            <Button key="again" data-testid="export-again" onClick={() => setJobId(null)}>
              {t('exports.again')}
            </Button>
          ),
          <Button
            key="close"
            type={running ? 'default' : 'primary'}
            data-testid="export-close"
            onClick={() => {
              if (running) message.info(t('exports.inBackground'));
              onClose();
            }}
          >
            {running ? t('exports.background') : t('exports.close')}
          </Button>,
        ];

  return (
    <Modal
      open
      width={680}
      title={t('exports.dialog.title', { name: defaultTitle })}
      onCancel={onClose}
      footer={footer}
      maskClosable={false}
      // The test id wraps the whole dialog, footer buttons included.
      modalRender={(node) => <div data-testid="export-dialog">{node}</div>}
      destroyOnHidden
    >
      <div className="export-dialog">
        {jobId !== null ? (
          job ? (
            <FileJobCard job={job} />
          ) : (
            <Card size="small" className="file-job-card">
              <LoadingOutlined /> {t('fileJobs.preparing')}
            </Card>
          )
        ) : (
          <Form
            layout="horizontal"
            labelCol={{ flex: '112px' }}
            labelAlign="left"
            labelWrap
            colon={false}
          >
            <Field label={t('exports.format')}>
              <Radio.Group
                value={format}
                data-testid="export-format"
                onChange={(event) => setFormat(event.target.value as ExportFormat)}
                optionType="button"
                options={formats.map((value) => ({
                  value,
                  label: t(`exports.formats.${value}`),
                }))}
              />
              <Typography.Text type="secondary" className="export-field-note">
                {t(report ? 'exports.formatHint.report' : 'exports.formatHint.table')}
              </Typography.Text>
            </Field>
            <Field label={t('exports.fileName')}>
              {target.isError ? (
                <Alert
                  type="error"
                  showIcon
                  title={describeError(target.error).message}
                  action={
                    <Button size="small" onClick={() => void target.refetch()}>
                      {t('errors.retry')}
                    </Button>
                  }
                />
              ) : !target.data ? (
                <Skeleton.Input active block size="small" />
              ) : (
                <>
                  <Input
                    value={stem ?? defaultStem}
                    data-testid="export-name"
                    status={problem && name === '' ? 'error' : undefined}
                    onChange={(event) => setStem(event.target.value)}
                    suffix={<span className="export-extension">.{format}</span>}
                  />
                  <div className="export-folder" data-testid="export-folder">
                    <FolderOutlined /> {t('exports.savedIn')}
                    <Typography.Text className="export-folder-path" ellipsis title={folder}>
                      {folder}
                    </Typography.Text>
                  </div>
                  {stem === null && target.data.exists && (
                    <Typography.Text type="warning" className="export-field-note">
                      {t('exports.existsHint')}
                    </Typography.Text>
                  )}
                </>
              )}
            </Field>
            <Field label={report ? t('exports.options.title') : t('exports.options.tableTitle')}>
              <Input
                value={title}
                placeholder={
                  report
                    ? t('exports.options.titlePlaceholder', { name: defaultTitle })
                    : defaultTitle
                }
                data-testid="export-title"
                maxLength={200}
                onChange={(event) => setTitle(event.target.value)}
              />
            </Field>
            {report && (
              <Field label={t('exports.options.author')}>
                <Input
                  value={choices.author}
                  maxLength={200}
                  placeholder={t('exports.options.authorPlaceholder')}
                  onChange={(event) =>
                    setChoices((current) => ({ ...current, author: event.target.value }))
                  }
                />
              </Field>
            )}
            {towns && towns.length > 0 && (
              <Field label={t('exports.options.towns')}>
                <TownPicker value={townChoice} onChange={setTownChoice} />
              </Field>
            )}
            {showRows && (
              <Field label={t('exports.options.rows')}>
                <Checkbox.Group
                  className="export-rows"
                  data-testid="export-rows"
                  value={rowIndexes}
                  onChange={(values) => setRowIndexes(values)}
                  options={(rows ?? []).map((row, index) => ({ value: index, label: row.label }))}
                />
              </Field>
            )}
            {report ? (
              <ReportChoices format={format} choices={choices} update={updateChoices} />
            ) : (
              <>
                <Field label={t('exports.options.tableLanguage')}>
                  <Radio.Group
                    value={choices.language}
                    onChange={(event) =>
                      setChoices((current) => ({
                        ...current,
                        language: event.target.value as StyleChoices['language'],
                      }))
                    }
                    options={[
                      { value: 'zh', label: '中文' },
                      { value: 'en', label: 'English' },
                    ]}
                  />
                </Field>
                <Field label={t('exports.options.tableComments')}>
                  <Switch
                    checked={choices.comments !== 'none'}
                    onChange={(on) =>
                      setChoices((current) => ({ ...current, comments: on ? 'footnotes' : 'none' }))
                    }
                  />
                </Field>
              </>
            )}
            {problem && target.data && (
              <Alert type="warning" showIcon className="export-problem" title={problem} />
            )}
          </Form>
        )}
      </div>
    </Modal>
  );
}
