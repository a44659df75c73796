/**
 * The kind a stored message gets from the channel a request names (`SMS`, `Email`, `IG`, ...):
 * `TYPE_<CHANNEL>`, except where the API names the kind otherwise.
 */
const KIND_NAMES: Record<string, string> = {
  IG: 'TYPE_INSTAGRAM',
  FB: 'TYPE_FACEBOOK',
  Custom: 'TYPE_CUSTOM_PROVIDER_SMS',
  WebChat: 'TYPE_WEBCHAT',
};

export function messageTypeOfChannel(channel: string): string {
  return KIND_NAMES[channel] ?? `TYPE_${channel.toUpperCase()}`;
}

/**
 * The numeric `type` of a message kind, read from the spec: `MessageTypeCode`'s `x-enum-varnames`
 * name the codes 1, 2, 3... in order (`Call`, `Sms`, `Email`...), and `TYPE_LIVE_CHAT` is `LiveChat`.
 * Undefined for a kind the spec gives no code.
 */
export function createMessageCodes(messageSchema: object): (messageType: string) => number | undefined {
  const typeSchema = (messageSchema as { properties?: { type?: { anyOf?: Array<{ 'x-enum-varnames'?: string[] }> } } }).properties?.type;
  const names = typeSchema?.anyOf?.find((branch) => Array.isArray(branch['x-enum-varnames']))?.['x-enum-varnames'] ?? [];
  const codes = new Map(names.map((name, index) => [name, index + 1]));
  return (messageType) => {
    const name = messageType
      .replace(/^TYPE_/, '')
      .toLowerCase()
      .split('_')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join('');
    return codes.get(name);
  };
}
