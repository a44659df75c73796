import { downloadFilename } from './download-filename.js';
import type { InvokeExpectation } from './invoke-operation.js';

/** A downloaded file: its bytes, as the server labelled them. */
export interface DownloadedFile {
  /** The raw bytes. Wrap with `new Blob([data], { type: contentType })` for a Blob. */
  data: ArrayBuffer;
  /** The response's `Content-Type`, e.g. `audio/x-wav`; '' when the server sent none. */
  contentType: string;
  /** File name from `Content-Disposition` made safe to save under, when the server sent one. */
  filename: string | undefined;
}

/**
 * Reads a binary answer (a success content type that is not JSON, `x-leadway-download` in the spec):
 * the bytes, their content type, and a safe file name, `fallbackFilename` when nothing safe is left.
 */
export function readDownload(fallbackFilename: string): InvokeExpectation {
  return {
    parseAs: 'arrayBuffer',
    read: (data, response): DownloadedFile => ({
      data: data as ArrayBuffer,
      contentType: response.headers.get('content-type') ?? '',
      filename: downloadFilename(response.headers.get('content-disposition'), fallbackFilename),
    }),
  };
}
