/**
 * Keys that belong to one view, bound by that view's own keydown handlers (kept here so the
 * keyboard help lists them accurately; update both together):
 * - undo: components/undo/useUndoShortcuts.ts
 * - reader find: views/reader/FindBar.tsx (Ctrl+F itself is the `find` command)
 * - annotating: views/reader/annotations/ReaderAnnotator.tsx, TagPalette.tsx, AnnotationEditor.tsx
 * - proofreading: views/reader/ocr/OcrTextEditor.tsx
 * Keys use the notation of shared/commands.ts ("Mod" = Ctrl or ⌘).
 */
export const VIEW_SHORTCUTS = [
  {
    group: 'everywhere',
    items: [
      { id: 'undo', keys: ['Mod+Z'] },
      { id: 'redo', keys: ['Mod+Shift+Z', 'Ctrl+Y'] },
    ],
  },
  {
    group: 'reader',
    items: [
      { id: 'findNext', keys: ['Enter'] },
      { id: 'findPrevious', keys: ['Shift+Enter'] },
      { id: 'findClose', keys: ['Esc'] },
    ],
  },
  {
    group: 'annotate',
    items: [
      { id: 'tagSelection', keys: ['1–9'] },
      { id: 'clearSelection', keys: ['Esc'] },
      { id: 'paletteMove', keys: ['↑', '↓'] },
      { id: 'paletteApply', keys: ['Enter'] },
      { id: 'paletteToggle', keys: ['Space'] },
      { id: 'saveComment', keys: ['Mod+Enter'] },
    ],
  },
  {
    group: 'proofread',
    items: [
      { id: 'saveText', keys: ['Mod+S'] },
      { id: 'cancelEdit', keys: ['Esc'] },
    ],
  },
] as const;
