import type { Download } from '../../../../src-shared/contract-files';

/** What an upload channel takes: the name (for the format) and the bytes as base64. */
export interface Upload {
  fileName: string;
  contentBase64: string;
}

/**
 * Hands a service download to the user as a file. A Blob URL on an <a download> works in both
 * doors: the browser saves it, Electron's main process turns it into a save dialog.
 */
export function saveDownload(d: Download): void {
  const binary = atob(d.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: d.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = d.fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some engines start reading the Blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a chosen file as base64 (the data URL minus its prefix, which FileReader encodes natively). */
export function readUpload(file: File): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({ fileName: file.name, contentBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}

/** Opens the system file chooser for one file of the given types; resolves null when cancelled. */
export function chooseFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.dataset.testid = 'file-chooser-input';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}
