import { InvalidInputError } from '../errors/invalid-input-error.js';
import { ownCopy, typeName } from '../validate.js';
import { checkValue } from './check-value.js';
import type { OperationSpec } from './operation-spec.js';

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

/** The spec's `x-leadway-file` on a form field: the argument that carries its files, and their accepted extensions. */
export interface FileFieldSpec {
  readonly argument: string;
  readonly extensions: readonly string[];
}

/**
 * The multipart form of an operation whose body is `multipart/form-data`, from the caller's input:
 * each file field's files (under the argument `x-leadway-file` names) appended by name, the other
 * fields as the strings a form carries (true, 1 → "true", "1"; a list repeats its key). What is
 * checked against the spec's form schema is the form as the API sees it (file names for files).
 * @throws InvalidInputError for an unknown property, a missing or unreadable file, or a broken rule
 */
export function multipartBody(operation: OperationSpec, raw: unknown, files: Readonly<Record<string, FileFieldSpec>>): FormData {
  const input = ownCopy('input', raw as Record<string, unknown>);
  const { check, properties = [] } = operation.body!;
  const fileFields = Object.entries(files);
  const known = [...properties.filter((key) => !Object.hasOwn(files, key)), ...fileFields.map(([, f]) => f.argument)];
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) throw new InvalidInputError(`input.${key.slice(0, 40)}`, `is not a known property (known: ${known.join(', ')})`);
  }
  const form = new FormData();
  const fields: Record<string, unknown> = {};
  for (const [field, spec] of fileFields) fields[field] = appendFiles(form, field, spec, input[spec.argument]);
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined && !fileFields.some(([, f]) => f.argument === key)) fields[key] = Array.isArray(value) ? value.map(formText) : formText(value);
  }
  checkValue('input', fields, check);
  for (const [key, value] of Object.entries(fields)) {
    if (!Object.hasOwn(files, key)) for (const item of Array.isArray(value) ? value : [value]) form.append(key, String(item));
  }
  return form;
}

/** A form carries text: a boolean or number becomes its text; anything else is checked as it is. */
const formText = (value: unknown) => (typeof value === 'boolean' || typeof value === 'number' ? String(value) : value);

/** Appends each file under `field`, refusing what is not a file or has a type the API refuses. Returns the file names. */
function appendFiles(form: FormData, field: string, spec: FileFieldSpec, files: unknown): string[] {
  if (!Array.isArray(files) || files.length === 0) {
    throw new InvalidInputError(spec.argument, `expected a non-empty array of files, got ${Array.isArray(files) ? 'an empty array' : typeName(files)}`);
  }
  return files.map((file, i) => {
    const { blob, name } = toBlob(`${spec.argument}[${i}]`, file, spec.extensions);
    form.append(field, blob, name);
    return name;
  });
}

function toBlob(field: string, file: unknown, extensions: readonly string[]): { blob: Blob; name: string } {
  if (typeof File !== 'undefined' && file instanceof File) return { blob: file, name: checkName(field, file.name, extensions) };
  if (file instanceof Blob) throw new InvalidInputError(field, 'a Blob has no file name; pass { name, data: blob } or a File');
  if (typeof file !== 'object' || file === null) throw new InvalidInputError(field, `expected a File or { name, data }, got ${typeName(file)}`);
  const { name, data, type } = file as { name?: unknown; data?: unknown; type?: unknown };
  const checkedName = checkName(`${field}.name`, name, extensions);
  if (type !== undefined && typeof type !== 'string') throw new InvalidInputError(`${field}.type`, 'must be a MIME type string');
  const options = type ? { type } : undefined;
  if (data instanceof Blob) return { blob: type ? new Blob([data], options) : data, name: checkedName };
  if (data instanceof ArrayBuffer || data instanceof Uint8Array) return { blob: new Blob([data as BlobPart], options), name: checkedName };
  throw new InvalidInputError(`${field}.data`, `expected a Blob, ArrayBuffer or Uint8Array, got ${typeName(data)}`);
}

function checkName(field: string, name: unknown, extensions: readonly string[]): string {
  if (typeof name !== 'string' || name.trim().length === 0) throw new InvalidInputError(field, 'a file needs a name');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a file name holding control characters is refused, so the pattern names them.
  if (/[\u0000-\u001f"\\/]/.test(name)) throw new InvalidInputError(field, 'must not contain control characters, quotes or slashes');
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (!extensions.includes(extension)) throw new InvalidInputError(field, `type '.${extension}' is not accepted; allowed: ${extensions.join(', ')}`);
  return name;
}
