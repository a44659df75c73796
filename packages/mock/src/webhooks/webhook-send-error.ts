/** Why a webhook could not be sent; `code` tells the cases apart for scripts. */
export class WebhookSendError extends Error {
  /** Always `'WebhookSendError'`. */
  override readonly name = 'WebhookSendError';
  constructor(
    /** What went wrong, for scripts to tell the cases apart. */
    readonly code: 'UNKNOWN_EVENT' | 'UNKNOWN_EXAMPLE' | 'BAD_OPTION' | 'BAD_KEY' | 'UNREACHABLE' | 'TIMEOUT',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
