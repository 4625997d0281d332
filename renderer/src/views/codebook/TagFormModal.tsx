import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/domain';
import { nextTagColor, TAG_PALETTE } from '../../codebook/colors';
import { TagPicker } from '../../codebook/TagPicker';

export interface TagFormValues {
  name: string;
  color: string;
  description: string;
  parentId: number | null;
}

interface TagFormModalProps {
  /** The tag to edit; null creates a new one. */
  tag: Tag | null;
  tags: readonly Tag[];
  /** The parent a new tag goes under (null = top level). */
  defaultParent: number | null;
  busy: boolean;
  onSubmit(values: TagFormValues): void;
  onClose(): void;
}

function ColorSwatches({ value, onChange }: { value: string; onChange(color: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="color-swatches" role="radiogroup" aria-label={t('codebook.form.color')}>
      {TAG_PALETTE.map((color) => (
        <button
          key={color}
          type="button"
          role="radio"
          aria-checked={value === color}
          aria-label={color}
          className={value === color ? 'color-swatch color-swatch-on' : 'color-swatch'}
          style={{ backgroundColor: color }}
          data-testid="tag-color"
          onClick={() => onChange(color)}
        />
      ))}
    </div>
  );
}

/**
 * Name, colour, description (and, for a new tag, where it goes) of a tag. Mounted only while
 * open, so it always starts from the tag as it is now.
 */
export function TagFormModal({
  tag,
  tags,
  defaultParent,
  busy,
  onSubmit,
  onClose,
}: TagFormModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(tag?.name ?? '');
  const [color, setColor] = useState(tag?.color ?? nextTagColor(tags.length));
  const [description, setDescription] = useState(tag?.description ?? '');
  const [parentId, setParentId] = useState<number | null>(tag ? tag.parentId : defaultParent);
  const trimmed = name.trim();
  const duplicate = tags.some(
    (other) => other.id !== tag?.id && other.parentId === parentId && other.name.trim() === trimmed,
  );
  const submit = () => {
    if (trimmed === '' || busy) return;
    onSubmit({ name: trimmed, color, description, parentId });
  };
  return (
    <Modal
      open
      title={tag ? t('codebook.form.editTitle') : t('codebook.form.createTitle')}
      okText={tag ? t('codebook.form.save') : t('codebook.form.create')}
      cancelText={t('codebook.form.cancel')}
      okButtonProps={{ disabled: trimmed === '', loading: busy }}
      onOk={submit}
      onCancel={onClose}
      width={480}
    >
      <Form layout="vertical" className="tag-form" data-testid="tag-form" onFinish={submit}>
        <Form.Item
          label={t('codebook.form.name')}
          required
          validateStatus={duplicate ? 'warning' : undefined}
          help={duplicate ? t('codebook.form.duplicate') : undefined}
        >
          <Input
            autoFocus
            data-testid="tag-form-name"
            value={name}
            maxLength={100}
            placeholder={t('codebook.form.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
            onPressEnter={(event) => {
              if (!event.nativeEvent.isComposing) submit();
            }}
          />
        </Form.Item>
        <Form.Item label={t('codebook.form.color')}>
          <ColorSwatches value={color} onChange={setColor} />
        </Form.Item>
        {!tag && (
          <Form.Item label={t('codebook.form.parent')}>
            <TagPicker
              tags={tags}
              allowClear
              placeholder={t('codebook.form.topLevel')}
              value={parentId}
              onChange={setParentId}
              testId="tag-form-parent"
            />
          </Form.Item>
        )}
        <Form.Item label={t('codebook.form.description')}>
          <Input.TextArea
            data-testid="tag-form-description"
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={5000}
            placeholder={t('codebook.form.descriptionPlaceholder')}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
