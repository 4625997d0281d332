import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/api';
import type { OcrLanguageChoice, OcrPageInfo } from '../../../shared/domain';
import { call } from './client';
import { invalidateCoding } from './codingQueries';
import { invalidateLibraryDerived, queryKeys } from './queries';

/**
 * OCR state and proofreading. Page lists and page texts live under the document's own key, so
 * whatever refreshes the document (a save, a finished page, a library event) refreshes them too.
 * Page images are big and never change: they have their own key and are kept while in use only.
 */
export const ocrKeys = {
  pages: (docId: number) => [...queryKeys.document(docId), 'ocr', 'pages'] as const,
  page: (docId: number, page: number) =>
    [...queryKeys.document(docId), 'ocr', 'page', page] as const,
  image: (docId: number, page: number) => ['ocrImage', docId, page] as const,
};

/** While pages wait or are being read, poll as a safety net for lost events. */
const WORKING_POLL_MS = 2000;
/** A page image is a few megabytes of base64: dropped soon after the page is left. */
const IMAGE_GC_MS = 60_000;

export function isPageWorking(page: OcrPageInfo): boolean {
  return page.status === 'queued' || page.status === 'running';
}

export function useOcrPages(docId: number, enabled = true) {
  return useQuery({
    queryKey: ocrKeys.pages(docId),
    queryFn: () => call('ocrPages', { docId }),
    enabled,
    refetchInterval: (query) => (query.state.data?.some(isPageWorking) ? WORKING_POLL_MS : false),
  });
}

/** One recognised page with its words; null (or a page not read yet) waits. */
export function useOcrPage(docId: number, page: number | null, enabled = true) {
  return useQuery({
    queryKey: ocrKeys.page(docId, page ?? 0),
    queryFn: () => call('getOcrPage', { docId, page: page ?? 1 }),
    enabled: enabled && page !== null,
  });
}

export function useOcrPageImage(docId: number, page: number | null) {
  return useQuery({
    queryKey: ocrKeys.image(docId, page ?? 0),
    queryFn: () => call('ocrPageImage', { docId, page: page ?? 1 }),
    enabled: page !== null,
    staleTime: Infinity,
    gcTime: IMAGE_GC_MS,
  });
}

/** After a document's text changed: the document, its pages, annotations, list and searches. */
export function invalidateDocumentText(queryClient: QueryClient, docId: number): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: queryKeys.documents });
  invalidateLibraryDerived(queryClient);
  void invalidateCoding(queryClient);
  return queryClient.invalidateQueries({ queryKey: queryKeys.document(docId) });
}

/** Saves the researcher's correction of a page; the core re-indexes and re-anchors annotations. */
export function useSaveOcrPageText(docId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ page, text }: { page: number; text: string }) =>
      call('saveOcrPageText', { docId, page, text }),
    onSuccess: () => invalidateDocumentText(queryClient, docId),
  });
}

export function useSetOcrLanguage(docId: number) {
  return useMutation({
    mutationFn: (lang: OcrLanguageChoice) => call('setOcrLanguage', { docId, lang }),
  });
}

/** Starts an OCR job; the job list picks it up at once and the pages show it as queued. */
export function useStartOcr() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'startOcr'>) => call('startOcr', input),
    onSuccess: (_result, input) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.jobs });
      for (const docId of input.docIds ?? []) {
        void queryClient.invalidateQueries({ queryKey: ocrKeys.pages(docId) });
      }
      if (!input.docIds) void queryClient.invalidateQueries({ queryKey: queryKeys.documentRoot });
    },
  });
}
