/**
 * Saves text as a file through a temporary link. Works in the browser and in Electron, which
 * shows its save dialog for the download.
 */
export function downloadText(
  fileName: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
