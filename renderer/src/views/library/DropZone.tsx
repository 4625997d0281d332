import { InboxOutlined } from '@ant-design/icons';
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../../api/client';
import { filesFromDrop } from './droppedFiles';

interface DropZoneProps {
  onFiles(files: File[]): void;
  children: ReactNode;
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** Accepts files dropped anywhere on its children and shows an overlay while they hover. */
export function DropZone({ onFiles, children }: DropZoneProps) {
  const { t } = useTranslation();
  // dragenter/dragleave fire for every child crossed; count them to know when we truly left.
  const depth = useRef(0);
  const [hovering, setHovering] = useState(false);

  const onDragEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setHovering(true);
  };
  const onDragLeave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setHovering(false);
  };
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current = 0;
    setHovering(false);
    void filesFromDrop(event.dataTransfer, !isDesktop()).then(onFiles, () => onFiles([]));
  };

  return (
    <div
      className="drop-zone"
      onDragEnter={onDragEnter}
      onDragLeave={onDragLeave}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      {children}
      {hovering && (
        <div className="drop-zone-overlay" aria-live="polite">
          <InboxOutlined className="drop-zone-icon" />
          <div className="drop-zone-title">{t('library.import.dropTitle')}</div>
          <div className="drop-zone-hint">{t('library.import.dropHint')}</div>
        </div>
      )}
    </div>
  );
}
