import {
  Alert,
  App,
  Button,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Tag,
  type FormRule,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS } from '../../../../shared/vocabulary';
import type { DocumentDetail, EditableField } from '../../../../shared/domain';
import { useUpdateMetadata } from '../../api/queries';
import { describeError } from '../../components/describeError';
import { DetectedHint } from './DetectedHint';
import {
  changesBetween,
  fieldErrorOf,
  formValuesOf,
  LIMITS,
  TEXT_FIELDS,
  type MetadataFormValues,
} from './metadataForm';

const FORM_ID = 'metadata-form';

interface MetadataEditorProps {
  doc: DocumentDetail;
  open: boolean;
  onClose(): void;
}

function FieldLabel({ field, edited }: { field: EditableField; edited: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="metadata-field-label">
      {t(`metadata.field.${field}`)}
      {edited && (
        <Tag className="metadata-edited-tag" data-testid={`edited-${field}`}>
          {t('metadata.edited')}
        </Tag>
      )}
    </span>
  );
}

interface MetadataFormProps {
  doc: DocumentDetail;
  update: ReturnType<typeof useUpdateMetadata>;
  onSaved(): void;
}

/** The form itself; mounted afresh each time the drawer opens, so it starts from the document. */
function MetadataForm({ doc, update, onSaved }: MetadataFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MetadataFormValues>();
  const [apiError, setApiError] = useState<string | null>(null);

  const onFinish = (values: MetadataFormValues) => {
    const changes = changesBetween(doc, values);
    if (Object.keys(changes).length === 0) {
      message.info(t('reader.editor.noChanges'));
      onSaved();
      return;
    }
    setApiError(null);
    update.mutate(changes, {
      onSuccess: () => {
        message.success(t('reader.editor.saved'));
        onSaved();
      },
      onError: (error) => {
        const { message: text } = describeError(error);
        const fieldError = fieldErrorOf(text);
        if (!fieldError) {
          setApiError(text);
          return;
        }
        const { field, detail } = fieldError;
        setApiError(t('reader.editor.fieldError', { field: t(`metadata.field.${field}`), detail }));
        form.setFields([{ name: field, errors: [detail] }]);
      },
    });
  };

  const item = (field: EditableField, input: ReactNode, rules: FormRule[] = []) => (
    <Form.Item
      key={field}
      name={field}
      label={<FieldLabel field={field} edited={doc.edited.includes(field)} />}
      rules={rules}
      extra={
        doc.detected[field] && (
          <DetectedHint
            field={field}
            info={doc.detected[field]}
            onUse={(value) => form.setFieldValue(field, value)}
          />
        )
      }
    >
      {input}
    </Form.Item>
  );

  const tooLong = (max: number): FormRule => ({
    max,
    message: t('reader.editor.tooLong', { max }),
  });

  return (
    <Form<MetadataFormValues>
      form={form}
      id={FORM_ID}
      layout="vertical"
      requiredMark={false}
      initialValues={formValuesOf(doc)}
      onFinish={onFinish}
      data-testid="metadata-form"
      className="metadata-form"
    >
      <p className="metadata-form-intro">{t('reader.editor.intro')}</p>
      {apiError && (
        <Alert
          type="error"
          showIcon
          className="metadata-form-error"
          data-testid="metadata-error"
          title={t('reader.editor.saveFailed')}
          description={apiError}
        />
      )}
      {item('title', <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />, [
        { required: true, whitespace: true, message: t('reader.editor.titleRequired') },
        tooLong(LIMITS.title),
      ])}
      {TEXT_FIELDS.map((field) =>
        item(field, <Input allowClear placeholder={t('reader.editor.clearHint')} />, [
          tooLong(LIMITS.place),
        ]),
      )}
      {item(
        'year',
        <InputNumber<number>
          className="metadata-year"
          min={LIMITS.yearMin}
          max={LIMITS.yearMax}
          precision={0}
          controls={false}
          placeholder={t('reader.editor.clearHint')}
        />,
        [
          {
            type: 'number',
            min: LIMITS.yearMin,
            max: LIMITS.yearMax,
            message: t('reader.editor.yearRange', { min: LIMITS.yearMin, max: LIMITS.yearMax }),
          },
        ],
      )}
      {item(
        'kind',
        <Select
          allowClear
          placeholder={t('reader.editor.kindPlaceholder')}
          options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        />,
      )}
    </Form>
  );
}

function SaveBar({ pending, onCancel }: { pending: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <Space className="metadata-form-actions">
      <Button onClick={onCancel}>{t('reader.editor.cancel')}</Button>
      {/* In the drawer's footer, outside the form, so it stays in view; `form` links it. */}
      <Button
        type="primary"
        htmlType="submit"
        form={FORM_ID}
        loading={pending}
        data-testid="metadata-save"
      >
        {t('reader.editor.save')}
      </Button>
    </Space>
  );
}

/** A drawer over the Reader for correcting the detected title, place, year and kind. */
export function MetadataEditor({ doc, open, onClose }: MetadataEditorProps) {
  const { t } = useTranslation();
  const update = useUpdateMetadata(doc.id);
  return (
    <Drawer
      title={t('reader.editor.title')}
      open={open}
      onClose={onClose}
      afterOpenChange={(opened) => {
        if (!opened) update.reset();
      }}
      size={520}
      destroyOnHidden
      className="metadata-drawer"
      footer={<SaveBar pending={update.isPending} onCancel={onClose} />}
    >
      <MetadataForm doc={doc} update={update} onSaved={onClose} />
    </Drawer>
  );
}
