import { bearerOf } from '../redact.js';

/** The token each answer's request carried, so errors built from the answer can blank it out. */
const tokenOfAnswer = new WeakMap<Response, string>();

/** Remembers that `response` answers a request sent with `token`. */
export function recordAnswerToken(response: Response, token: string): void {
  tokenOfAnswer.set(response, token);
}

/**
 * The secrets an error about this request and answer must not show: the token the request was built
 * with and the one the answering attempt carried (a refresh may have replaced it in between).
 */
export function credentialsOf(request: Request | undefined, response: Response | undefined): string[] {
  const out: string[] = [];
  const sent = bearerOf(request?.headers.get('authorization'));
  if (sent) out.push(sent);
  const answered = response ? tokenOfAnswer.get(response) : undefined;
  if (answered && answered !== sent) out.push(answered);
  return out;
}
