/** Why a webhook could not be sent; `code` tells the cases apart for scripts. */
export class WebhookSendError extends Error {
  override readonly name = 'WebhookSendError';
  constructor(
    readonly code: 'UNKNOWN_EVENT' | 'UNKNOWN_EXAMPLE' | 'BAD_OPTION' | 'BAD_KEY' | 'UNREACHABLE' | 'TIMEOUT',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
