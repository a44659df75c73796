import { apiError, type StateAnswer, type StateRequest, traceId } from './handler-context.js';
import { newId } from './ids.js';

/** Where uploaded files are said to be hosted: a name that never resolves, as the mock keeps no bytes. */
export const UPLOAD_HOST = 'https://uploads.leadway-mock.invalid';

/**
 * `POST /conversations/messages/upload`: answers a hosted URL per file of the form, for a later
 * send's `attachments`. The mock keeps the names, not the bytes.
 */
export async function answerUpload(request: StateRequest): Promise<StateAnswer> {
  const conversationId = request.params.conversationId;
  let form: FormData;
  try {
    form = await new Response(String(request.body ?? ''), { headers: { 'content-type': request.contentType ?? '' } }).formData();
  } catch {
    return { status: 400, body: { status: 400, message: 'The multipart form could not be read.' } };
  }
  const conversation = request.store.conversations.get(String(form.get('conversationId') ?? conversationId ?? ''));
  if (!conversation) return apiError(404, `Conversation with id ${String(form.get('conversationId'))} not found`);
  const uploadedFiles: Record<string, string> = {};
  for (const entry of form.getAll('fileAttachment')) {
    const name = typeof entry === 'string' ? 'file' : entry.name;
    uploadedFiles[name] = `${UPLOAD_HOST}/${encodeURIComponent(conversation.locationId)}/${newId()}/${encodeURIComponent(name)}`;
  }
  return { status: 200, body: { uploadedFiles, traceId: traceId() } };
}
