import { useMemo } from 'react';
import type { OcrPageInfo } from '../../../../../shared/domain';
import { useOcrPages } from '../../../api/ocrQueries';

const NONE: ReadonlyMap<number, OcrPageInfo> = new Map();

/** The OCR state of each page, by page number (empty for documents without scanned pages). */
export function useOcrPageMap(docId: number, enabled: boolean): ReadonlyMap<number, OcrPageInfo> {
  const { data } = useOcrPages(docId, enabled);
  return useMemo(
    () => (enabled && data ? new Map(data.map((info) => [info.page, info])) : NONE),
    [data, enabled],
  );
}
