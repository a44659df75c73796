import { isJsonObject, type ApiContext, type CallOptions } from '../call.js';
import { requestContext } from '../call-options.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { components } from '../generated/openapi.js';
import { extraHeaders } from '../request-headers.js';
import { downloadFilename } from './download-filename.js';
import { assertResourceId, ownCopy } from '../validate.js';

/** One sentence of a call transcription, as the spec describes it. */
export type TranscriptionSentence = components['schemas']['TranscriptionSentence'];

/** Which call message a recording or transcript belongs to. */
export interface CallMessageRef {
  /** The location (sub-account) of the call. */
  locationId: string;
  /** The id of the call's message. */
  messageId: string;
}

/** A downloaded file: its bytes, as the server labelled them. */
export interface DownloadedFile {
  /** The raw bytes. Wrap with `new Blob([data], { type: contentType })` for a Blob. */
  data: ArrayBuffer;
  /** The response's `Content-Type`, e.g. `audio/x-wav`; '' when the server sent none. */
  contentType: string;
  /**
   * File name from `Content-Disposition`, when the server sent one: always a bare, safe name (no
   * directories, control characters, leading dots or device names; `filename*=` decoded), or the
   * operation's fallback (`recording.mp3`, `transcription.txt`) when nothing safe is left. See
   * `download-filename.ts`.
   */
  filename: string | undefined;
}

/** The `calls` group (recordings, transcriptions) on a {@link LeadwayCore}: what `client.calls` is. */
export function callsResource(api: ApiContext) {
  return {
    /**
     * Downloads a call recording
     * (`GET /conversations/messages/{messageId}/locations/{locationId}/recording`, scope
     * `conversations/message.readonly`). Observed: the bytes are labelled `audio/x-wav` while the file
     * name ends in .mp3; `index` (0 or 1) picks the call leg. A message without a recording is an
     * UnprocessableEntityError (422).
     */
    async getRecording(ref: CallMessageRef & { index?: 0 | 1 }, options: CallOptions = {}): Promise<DownloadedFile> {
      const checked = checkRef(ref);
      const { locationId, messageId } = checked;
      const { index } = checked as CallMessageRef & { index?: 0 | 1 };
      if (index !== undefined && index !== 0 && index !== 1) throw new InvalidInputError('index', 'must be 0 or 1 (the call leg)');
      const context = { ...requestContext('getCallRecording', true, options), download: true };
      const headers = extraHeaders(options);
      const { data, response } = await api.call<ArrayBuffer>(context, (fetch) =>
        api.http.GET('/conversations/messages/{messageId}/locations/{locationId}/recording', {
          params: { path: { messageId, locationId }, query: index === undefined ? {} : { index }, header: { Version: api.version } },
          parseAs: 'arrayBuffer',
          headers,
          fetch,
        }),
      );
      return downloaded(data, response, RECORDING_FALLBACK_FILENAME);
    },

    /**
     * The transcript of a call, sentence by sentence
     * (`GET /conversations/locations/{locationId}/messages/{messageId}/transcription`). Always a list:
     * the vendor documents a single sentence object, which is wrapped in one.
     */
    async getTranscription(ref: CallMessageRef, options: CallOptions = {}): Promise<TranscriptionSentence[]> {
      const { locationId, messageId } = checkRef(ref);
      const context = requestContext('getCallTranscription', true, options);
      const headers = extraHeaders(options);
      const { data } = await api.call<components['schemas']['CallTranscription']>(
        context,
        (fetch) =>
          api.http.GET('/conversations/locations/{locationId}/messages/{messageId}/transcription', {
            params: { path: { locationId, messageId }, header: { Version: api.version } },
            headers,
            fetch,
          }),
        { shape: transcriptShape },
      );
      return Array.isArray(data) ? data : [data];
    },

    /**
     * The transcript of a call as a file
     * (`GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download`).
     */
    async downloadTranscription(ref: CallMessageRef, options: CallOptions = {}): Promise<DownloadedFile> {
      const { locationId, messageId } = checkRef(ref);
      const context = { ...requestContext('downloadCallTranscription', true, options), download: true };
      const headers = extraHeaders(options);
      const { data, response } = await api.call<ArrayBuffer>(context, (fetch) =>
        api.http.GET('/conversations/locations/{locationId}/messages/{messageId}/transcription/download', {
          params: { path: { locationId, messageId }, header: { Version: api.version } },
          parseAs: 'arrayBuffer',
          headers,
          fetch,
        }),
      );
      return downloaded(data, response, TRANSCRIPTION_FALLBACK_FILENAME);
    },
  };
}

export type CallsResource = ReturnType<typeof callsResource>;

function transcriptShape(body: unknown): string | undefined {
  const ok = isJsonObject(body) || (Array.isArray(body) && body.every(isJsonObject));
  return ok ? undefined : 'the body is not a transcript (an object or a list of objects)';
}

function checkRef(raw: CallMessageRef): CallMessageRef {
  const ref = ownCopy('ref', raw);
  assertResourceId('locationId', ref.locationId);
  assertResourceId('messageId', ref.messageId);
  return ref;
}

/** The name a recording gets when the server's file name leaves nothing safe. */
export const RECORDING_FALLBACK_FILENAME = 'recording.mp3';
/** The name a transcript file gets when the server's file name leaves nothing safe. */
export const TRANSCRIPTION_FALLBACK_FILENAME = 'transcription.txt';

function downloaded(data: ArrayBuffer, response: Response, fallbackName: string): DownloadedFile {
  return {
    data,
    contentType: response.headers.get('content-type') ?? '',
    filename: downloadFilename(response.headers.get('content-disposition'), fallbackName),
  };
}
