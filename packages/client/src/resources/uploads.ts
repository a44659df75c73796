import type { ApiContext, CallOptions } from '../call.js';
import { requestContext } from '../call-options.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { components } from '../generated/openapi.js';
import { extraHeaders } from '../request-headers.js';
import { assertKnownKeys, assertResourceId, assertText, assertUrlList, ownCopy } from '../validate.js';
import { keysOf } from './body-keys.js';
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

const UPLOAD_KEYS = keysOf<UploadAttachmentsInput>({
  conversationId: true, contactId: true, locationId: true, files: true, attachmentUrls: true, chatServiceSid: true, isGroupSms: true,
});
const INITIATE_KEYS = keysOf<InitiateUploadRequest>({ locationId: true, conversationId: true, filename: true, contentType: true, fileSize: true, channel: true });
const COMPLETE_KEYS = keysOf<CompleteUploadRequest>({ uploadId: true, filePath: true, locationId: true, conversationId: true, filename: true });

/** Largest file `initiate` accepts on the WHATSAPP channel. @unit bytes */
export const MAX_WHATSAPP_UPLOAD_BYTES = 100 * 1024 * 1024;
/** Largest file `initiate` accepts on every other channel. @unit bytes */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The `uploads` group (multipart and signed uploads) on a {@link LeadwayCore}: what `client.uploads` is. */
export function uploadsResource(api: ApiContext) {
  return {
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
    async upload(input: UploadAttachmentsInput, options: CallOptions = {}): Promise<UploadAttachmentsResponse> {
      input = ownCopy('input', input);
      assertKnownKeys('input', input as unknown as Record<string, unknown>, UPLOAD_KEYS);
      assertResourceId('conversationId', input.conversationId);
      assertResourceId('contactId', input.contactId);
      assertResourceId('locationId', input.locationId);
      if (input.isGroupSms !== undefined && typeof input.isGroupSms !== 'boolean') {
        throw new InvalidInputError('isGroupSms', 'must be a boolean');
      }
      if (input.isGroupSms && Array.isArray(input.files) && input.files.length > 1) {
        throw new InvalidInputError('files', `a group SMS takes one file, got ${input.files.length}`);
      }
      const form = new FormData();
      appendFiles(form, input.files);
      form.append('conversationId', input.conversationId);
      form.append('contactId', input.contactId);
      form.append('locationId', input.locationId);
      if (input.attachmentUrls !== undefined) {
        assertUrlList('attachmentUrls', input.attachmentUrls);
        for (const url of input.attachmentUrls) form.append('attachmentUrls', url);
      }
      if (input.chatServiceSid !== undefined) {
        assertText('chatServiceSid', input.chatServiceSid);
        form.append('chatServiceSid', input.chatServiceSid);
      }
      if (input.isGroupSms !== undefined) form.append('isGroupSms', String(input.isGroupSms));

      const context = requestContext('uploadAttachments', false, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<UploadAttachmentsResponse>(context, (fetch) =>
        api.http.POST('/conversations/messages/upload', {
          params: { header: { Version: api.version } },
          // The generated type describes the form's fields; the wire body is the FormData itself.
          body: form as unknown as Schemas['UploadAttachmentsRequest'],
          bodySerializer: (body) => body as unknown as FormData,
          headers,
          fetch,
        }),
      );
      return data;
    },

    /**
     * Asks for a signed URL to PUT a large file to (`POST /conversations/messages/upload/initiate`);
     * finish with `complete`. `fileSize`, when given, is checked against the channel's limit
     * (100 MB for WHATSAPP, 5 MB otherwise). Never retried once it may have reached the server.
     */
    async initiate(body: InitiateUploadRequest, options: CallOptions = {}): Promise<InitiateUploadResponse> {
      body = ownCopy('body', body);
      assertKnownKeys('body', body, INITIATE_KEYS);
      assertResourceId('locationId', body.locationId);
      assertResourceId('conversationId', body.conversationId);
      assertText('filename', body.filename, 255);
      assertText('contentType', body.contentType);
      assertText('channel', body.channel);
      if (body.fileSize !== undefined) checkFileSize(body.fileSize, body.channel);
      const context = requestContext('initiateUpload', false, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<InitiateUploadResponse>(context, (fetch) =>
        api.http.POST('/conversations/messages/upload/initiate', { params: { header: { Version: api.version } }, body, headers, fetch }),
      );
      return data;
    },

    /**
     * Finishes a signed upload once the bytes were PUT (`POST /conversations/messages/upload/complete`)
     * and resolves with the hosted URL. A missing file or an expired URL is a NotFoundError.
     */
    async complete(body: CompleteUploadRequest, options: CallOptions = {}): Promise<CompleteUploadResponse> {
      body = ownCopy('body', body);
      assertKnownKeys('body', body, COMPLETE_KEYS);
      assertText('uploadId', body.uploadId);
      assertText('filePath', body.filePath);
      assertResourceId('locationId', body.locationId);
      assertResourceId('conversationId', body.conversationId);
      assertText('filename', body.filename, 255);
      const context = requestContext('completeUpload', false, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<CompleteUploadResponse>(context, (fetch) =>
        api.http.POST('/conversations/messages/upload/complete', { params: { header: { Version: api.version } }, body, headers, fetch }),
      );
      return data;
    },
  };
}

export type UploadsResource = ReturnType<typeof uploadsResource>;

function checkFileSize(size: unknown, channel: string): void {
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
    throw new InvalidInputError('fileSize', 'must be a positive whole number of bytes');
  }
  const limit = channel.toUpperCase() === 'WHATSAPP' ? MAX_WHATSAPP_UPLOAD_BYTES : MAX_UPLOAD_BYTES;
  if (size > limit) {
    throw new InvalidInputError('fileSize', `${size} bytes is over the ${limit / 1024 / 1024} MB limit of the ${channel} channel`);
  }
}
