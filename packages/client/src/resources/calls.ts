import { isJsonObject, type ApiContext, type CallOptions } from '../call.js';
import type { components } from '../generated/openapi.js';
import { downloadCallTranscriptionOperation, getCallRecordingOperation, getCallTranscriptionOperation } from '../generated/operations.js';
import { invokeOperation } from '../operations/invoke-operation.js';
import { ownCopy } from '../validate.js';
import { downloadFilename } from './download-filename.js';

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
      return downloaded(data, response, RECORDING_FALLBACK_FILENAME);
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
        { shape: transcriptShape },
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
      return downloaded(data, response, TRANSCRIPTION_FALLBACK_FILENAME);
    },
  };
}

export type CallsResource = ReturnType<typeof callsResource>;

/** A copy of a call reference's own properties; each field is checked with its operation. */
function refOf(ref: CallMessageRef & { index?: unknown }): { locationId: unknown; messageId: unknown; index?: unknown } {
  const { locationId, messageId, index } = ownCopy('ref', ref);
  return { locationId, messageId, index };
}

/** The name a recording gets when the server's file name leaves nothing safe. */
export const RECORDING_FALLBACK_FILENAME = 'recording.mp3';
/** The name a transcript file gets when the server's file name leaves nothing safe. */
export const TRANSCRIPTION_FALLBACK_FILENAME = 'transcription.txt';

function transcriptShape(body: unknown): string | undefined {
  const ok = isJsonObject(body) || (Array.isArray(body) && body.every(isJsonObject));
  return ok ? undefined : 'the body is not a transcript (an object or a list of objects)';
}

function downloaded(data: ArrayBuffer, response: Response, fallbackName: string): DownloadedFile {
  return {
    data,
    contentType: response.headers.get('content-type') ?? '',
    filename: downloadFilename(response.headers.get('content-disposition'), fallbackName),
  };
}
