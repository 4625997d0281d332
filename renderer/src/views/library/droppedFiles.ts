import { isImportable } from './importFormats';

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

/** readEntries hands out a directory in batches (about 100 at a time) until an empty one. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await readBatch(reader);
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function filesUnder(directory: FileSystemDirectoryEntry): Promise<File[]> {
  const files: File[] = [];
  for (const entry of await childrenOf(directory)) {
    if (entry.isDirectory) files.push(...(await filesUnder(entry as FileSystemDirectoryEntry)));
    // Inside a folder, skip what the importer cannot read (.DS_Store, spreadsheets…) silently.
    else if (entry.isFile && isImportable(entry.name)) {
      files.push(await fileOf(entry as FileSystemFileEntry));
    }
  }
  return files;
}

/**
 * The files a drop carries. Electron resolves each dropped item (folders too) to a path, so the
 * items are passed as they are. A browser can only upload file contents, so dropped folders are
 * walked here. Entries must be taken synchronously: the DataTransfer empties after the event.
 */
export function filesFromDrop(dataTransfer: DataTransfer, walkFolders: boolean): Promise<File[]> {
  const direct = Array.from(dataTransfer.files);
  if (!walkFolders) return Promise.resolve(direct);
  const entries = Array.from(dataTransfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry());
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return Promise.resolve(direct);
  }
  return (async () => {
    const files: File[] = [];
    for (const [index, entry] of entries.entries()) {
      if (entry?.isDirectory) files.push(...(await filesUnder(entry as FileSystemDirectoryEntry)));
      else {
        const file = direct[index];
        if (file) files.push(file);
      }
    }
    return files;
  })();
}
