import { InvalidInputError } from '../errors/invalid-input-error.js';
import { typeName } from '../validate.js';

/**
 * A file to upload: a `File` (its name is used), a `Blob` with a name given separately, or raw bytes
 * with a name. Only web-platform types, so the same code runs in Node 20 and in browsers.
 */
export type UploadFile =
  | File
  | {
      /** File name sent with the upload; its extension must be an accepted one. */
      name: string;
      /** The file's bytes. */
      data: Blob | ArrayBuffer | Uint8Array;
      /** MIME type. @default taken from a Blob, else none */
      type?: string;
    };

/** File types the upload operation accepts (documented), by file-name extension. */
export const UPLOAD_EXTENSIONS = ['jpg', 'jpeg', 'png', 'mp4', 'mpeg', 'zip', 'rar', 'pdf', 'doc', 'docx', 'txt', 'mp3', 'wav'] as const;

/** The multipart form key the API reads files from. */
export const FILE_FIELD = 'fileAttachment';

/**
 * Appends each file under `fileAttachment`, refusing what is not a file or has a type the API
 * refuses. Returns the file names, in order.
 */
export function appendFiles(form: FormData, files: unknown): string[] {
  if (!Array.isArray(files) || files.length === 0) {
    throw new InvalidInputError('files', `expected a non-empty array of files, got ${Array.isArray(files) ? 'an empty array' : typeName(files)}`);
  }
  return files.map((file, i) => {
    const { blob, name } = toBlob(`files[${i}]`, file);
    form.append(FILE_FIELD, blob, name);
    return name;
  });
}

function toBlob(field: string, file: unknown): { blob: Blob; name: string } {
  if (typeof File !== 'undefined' && file instanceof File) return { blob: file, name: checkName(field, file.name) };
  if (file instanceof Blob) throw new InvalidInputError(field, 'a Blob has no file name; pass { name, data: blob } or a File');
  if (typeof file !== 'object' || file === null) throw new InvalidInputError(field, `expected a File or { name, data }, got ${typeName(file)}`);
  const { name, data, type } = file as { name?: unknown; data?: unknown; type?: unknown };
  const checkedName = checkName(`${field}.name`, name);
  if (type !== undefined && typeof type !== 'string') throw new InvalidInputError(`${field}.type`, 'must be a MIME type string');
  const options = type ? { type } : undefined;
  if (data instanceof Blob) return { blob: type ? new Blob([data], options) : data, name: checkedName };
  if (data instanceof ArrayBuffer || data instanceof Uint8Array) return { blob: new Blob([data as BlobPart], options), name: checkedName };
  throw new InvalidInputError(`${field}.data`, `expected a Blob, ArrayBuffer or Uint8Array, got ${typeName(data)}`);
}

function checkName(field: string, name: unknown): string {
  if (typeof name !== 'string' || name.trim().length === 0) throw new InvalidInputError(field, 'a file needs a name');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a file name holding control characters is refused.
  if (/[\u0000-\u001f"\\/]/.test(name)) throw new InvalidInputError(field, 'must not contain control characters, quotes or slashes');
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new InvalidInputError(field, `type '.${extension}' is not accepted; allowed: ${UPLOAD_EXTENSIONS.join(', ')}`);
  }
  return name;
}
