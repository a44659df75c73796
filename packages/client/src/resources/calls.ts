import type { ApiContext, CallOptions } from '../call.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { components } from '../generated/openapi.js';
import { downloadCallTranscriptionOperation, getCallRecordingOperation, getCallTranscriptionOperation } from '../generated/operations.js';
import { invokeOperation } from '../operations/invoke-operation.js';
import { typeName } from '../validate.js';

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
  /** File name from `Content-Disposition`, when the server sent one. */
  filename: string | undefined;
}

/**
 * The `calls` group (recordings, transcriptions) on a {@link LeadwayCore}: what `client.calls` is.
 * Written by hand around the generated operations: binary downloads, and the transcript's two
 * observed envelopes.
 */
export function callsResource(api: ApiContext) {
  return {
    /**
     * Downloads a call recording
     * (`GET /conversations/messages/{messageId}/locations/{locationId}/recording`, scope
     * `conversations/message.readonly`). Observed: the bytes are labelled `audio/x-wav` while the file
     * name ends in .mp3; `index` (0 or 1) picks the call leg. A message without a recording is an
     * UnprocessableEntityError (422).
     */
    async getRecording(ref: CallMessageRef & { index?: 0 | 1 }, options?: CallOptions): Promise<DownloadedFile> {
      const { locationId, messageId, index } = refOf(ref);
      const query = index === undefined ? {} : { index };
      const { data, response } = await invokeOperation<ArrayBuffer>(api, getCallRecordingOperation, { path: { messageId, locationId }, query }, options, {
        parseAs: 'arrayBuffer',
      });
      return downloaded(data, response);
    },

    /**
     * The transcript of a call, sentence by sentence
     * (`GET /conversations/locations/{locationId}/messages/{messageId}/transcription`). Always a list:
     * the vendor documents a single sentence object, which is wrapped in one.
     */
    async getTranscription(ref: CallMessageRef, options?: CallOptions): Promise<TranscriptionSentence[]> {
      const { locationId, messageId } = refOf(ref);
      const { data } = await invokeOperation<components['schemas']['CallTranscription']>(
        api,
        getCallTranscriptionOperation,
        { path: { locationId, messageId } },
        options,
        { shape: (body) => (typeof body === 'object' && body !== null ? undefined : 'the body is not a transcript (object or list)') },
      );
      return Array.isArray(data) ? data : [data];
    },

    /**
     * The transcript of a call as a file
     * (`GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download`).
     */
    async downloadTranscription(ref: CallMessageRef, options?: CallOptions): Promise<DownloadedFile> {
      const { locationId, messageId } = refOf(ref);
      const { data, response } = await invokeOperation<ArrayBuffer>(api, downloadCallTranscriptionOperation, { path: { locationId, messageId } }, options, {
        parseAs: 'arrayBuffer',
      });
      return downloaded(data, response);
    },
  };
}

export type CallsResource = ReturnType<typeof callsResource>;

/** The fields of a call reference (own properties only); each is checked with its operation. */
function refOf(ref: CallMessageRef & { index?: unknown }): { locationId: unknown; messageId: unknown; index?: unknown } {
  if (typeof ref !== 'object' || ref === null || Array.isArray(ref)) throw new InvalidInputError('ref', `expected an object, got ${typeName(ref)}`);
  const own = (key: string) => (Object.hasOwn(ref, key) ? (ref as unknown as Record<string, unknown>)[key] : undefined);
  return { locationId: own('locationId'), messageId: own('messageId'), index: own('index') };
}

function downloaded(data: ArrayBuffer, response: Response): DownloadedFile {
  return {
    data,
    contentType: response.headers.get('content-type') ?? '',
    filename: filenameOf(response.headers.get('content-disposition')),
  };
}

/** The file name of a `Content-Disposition` header (`filename*=UTF-8''...` preferred over `filename=`). */
export function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // A malformed percent-encoding: fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
  if (!plain) return undefined;
  return (plain[2] ?? plain[1]!).trim() || undefined;
}
