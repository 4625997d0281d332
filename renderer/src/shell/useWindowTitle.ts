import { useEffect } from 'react';
import { useLibraryInfo } from '../api/queries';
import { windowTitle } from '../settings/libraryName';

/** "<library> — 政策镜 PolicyLens": Electron shows the page title as the window's. */
export function useWindowTitle(): void {
  const path = useLibraryInfo().data?.path;
  useEffect(() => {
    document.title = windowTitle(path);
  }, [path]);
}
