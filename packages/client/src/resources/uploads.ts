import type { ApiContext, CallOptions } from '../call.js';
import { requestContext } from '../call-options.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { uploadsGroup } from '../generated/groups.js';
import type { components } from '../generated/openapi.js';
import { initiateUploadOperation, uploadAttachmentsOperation } from '../generated/operations.js';
import { checkValue } from '../operations/check-value.js';
import { extraHeaders } from '../request-headers.js';
import { ownCopy } from '../validate.js';
import { appendFiles, type UploadFile } from './upload-form.js';

type Schemas = components['schemas'];
/** What `uploads.upload()` returns: the uploaded files' URLs. */
export type UploadAttachmentsResponse = Schemas['UploadAttachmentsResponse'];
/** Body of `uploads.initiate()` (signed upload of a large file). */
export type InitiateUploadRequest = Schemas['InitiateUploadRequest'];
/** What `uploads.initiate()` returns: where and how to upload. */
export type InitiateUploadResponse = Schemas['InitiateUploadResponse'];
/** Body of `uploads.complete()`. */
export type CompleteUploadRequest = Schemas['CompleteUploadRequest'];
/** What `uploads.complete()` returns. */
export type CompleteUploadResponse = Schemas['CompleteUploadResponse'];
export type { UploadFile } from './upload-form.js';

/** What `uploads.upload` sends as one multipart form. */
export interface UploadAttachmentsInput {
  /** The conversation the files are for. */
  conversationId: string;
  /** The conversation's contact. */
  contactId: string;
  /** The location (sub-account). */
  locationId: string;
  /** The files, sent under the form key `fileAttachment`. */
  files: UploadFile[];
  /** URLs to attach besides the files. */
  attachmentUrls?: string[];
  /** Twilio chat service SID (group SMS). */
  chatServiceSid?: string;
  /** A group SMS takes only one file. @default false */
  isGroupSms?: boolean;
}

const UPLOAD_KEYS = ['conversationId', 'contactId', 'locationId', 'files', 'attachmentUrls', 'chatServiceSid', 'isGroupSms'] as const satisfies readonly (keyof UploadAttachmentsInput)[];

/** Largest file `initiate` accepts on the WHATSAPP channel (the spec's rule). @unit bytes */
export const MAX_WHATSAPP_UPLOAD_BYTES: number = initiateUploadOperation.body!.schema.properties!.fileSize!.maximum!;
/** Largest file `initiate` accepts on every other channel (the spec's rule). @unit bytes */
export const MAX_UPLOAD_BYTES: number = initiateUploadOperation.body!.schema.else!.properties!.fileSize!.maximum!;

/**
 * The `uploads` group (multipart and signed uploads) on a {@link LeadwayCore}: what `client.uploads`
 * is. `initiate` and `complete` are generated from the spec; `upload` builds its multipart form by hand.
 */
export function uploadsResource(api: ApiContext) {
  return {
    ...uploadsGroup(api),

    /**
     * Uploads files as one multipart form (`POST /conversations/messages/upload`, scope
     * `conversations/message.write`) and resolves with their hosted URLs (`uploadedFiles`: file name →
     * URL), to pass as `attachments` of `messages.send`. Uses only `FormData`/`Blob`, so it works in
     * Node 20 and in browsers. Never retried once it may have reached the server. The client's
     * per-attempt `timeoutMs` (30 s by default) covers sending the files: pass a larger one for big
     * files or slow links.
     * @throws InvalidInputError before sending for bad ids, no files, a file without a name or with a
     * type the API refuses, or more than one file for a group SMS.
     */
    async upload(input: UploadAttachmentsInput, options?: CallOptions): Promise<UploadAttachmentsResponse> {
      const form = uploadForm(input);
      const operation = uploadAttachmentsOperation;
      const { data } = await api.call<UploadAttachmentsResponse>(requestContext(operation.id, operation.retryable, options), (fetch) =>
        api.http.POST('/conversations/messages/upload', {
          params: { header: { Version: (operation.version ?? api.version) as typeof api.version } },
          // The generated type describes the form's fields; the wire body is the FormData itself.
          body: form as unknown as Schemas['UploadAttachmentsRequest'],
          bodySerializer: (body) => body as unknown as FormData,
          headers: options ? extraHeaders(options) : undefined,
          fetch,
          // The transport already read the body; `call` parses it (see ApiContext.call).
          parseAs: 'stream',
        }),
      );
      return data;
    },
  };
}

export type UploadsResource = ReturnType<typeof uploadsResource>;

/**
 * The multipart form of an upload, checked against the spec's form schema as the API sees it (the
 * files by name under `fileAttachment`, the other fields as the strings a form carries).
 */
function uploadForm(raw: UploadAttachmentsInput): FormData {
  const input = ownCopy('input', raw);
  for (const key of Object.keys(input)) {
    if (!(UPLOAD_KEYS as readonly string[]).includes(key)) throw new InvalidInputError(`input.${key.slice(0, 40)}`, `is not a known property (known: ${UPLOAD_KEYS.join(', ')})`);
  }
  if (input.isGroupSms !== undefined && typeof input.isGroupSms !== 'boolean') throw new InvalidInputError('isGroupSms', 'must be a boolean');
  const form = new FormData();
  const names = appendFiles(form, input.files);
  const fields = {
    fileAttachment: names,
    conversationId: input.conversationId,
    contactId: input.contactId,
    locationId: input.locationId,
    ...(input.attachmentUrls !== undefined ? { attachmentUrls: input.attachmentUrls } : {}),
    ...(input.chatServiceSid !== undefined ? { chatServiceSid: input.chatServiceSid } : {}),
    ...(input.isGroupSms !== undefined ? { isGroupSms: String(input.isGroupSms) } : {}),
  };
  checkValue('input', fields, uploadAttachmentsOperation.body!.schema);
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'fileAttachment') continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, String(item));
  }
  return form;
}
