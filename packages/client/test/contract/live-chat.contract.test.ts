// Contract test of the live-chat typing indicator against the real Prism (request validation on).
import { describe, expect, it } from 'vitest';
import { AuthenticationError, UnprocessableEntityError } from '../../src/index.js';
import { clientOn, expectSpecError, failureOf, mockUrl, spec, tamperingJson } from '../helpers/contract-kit.js';

const PATH = '/conversations/providers/live-chat/typing';
const input = { locationId: 'loc4EPM428kjkvShlRW1A', conversationId: 've9EPM428kjkvShlRW1KT', visitorId: 'vis4EPM428kjkvShlRW1V' };
const baseUrl = mockUrl();

describe('sendLiveChatTyping: POST /conversations/providers/live-chat/typing against Prism', () => {
  it('shows and hides the indicator; the 201 answer is valid', async () => {
    const client = clientOn(baseUrl);
    const shown = await client.liveChat.typing({ ...input, isTyping: true });
    expect(shown.success).toBe(true);
    expect(spec.validateResponse('POST', PATH, 201, shown).errors).toEqual([]);
    await expect(client.liveChat.typing({ ...input, isTyping: false })).resolves.toMatchObject({ success: true });
  });

  it('the string form of isTyping (#25, the vendor schema) is accepted by the spec too', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => (b.isTyping = 'true')),
    );
    await expect(client.liveChat.typing({ ...input, isTyping: true })).resolves.toMatchObject({ success: true });
  });

  it('Prism refuses a body without visitorId with the documented 422', async () => {
    const client = clientOn(
      baseUrl,
      tamperingJson((b) => delete b.visitorId),
    );
    const error = await failureOf(client.liveChat.typing({ ...input, isTyping: true }));
    expectSpecError(error, UnprocessableEntityError, 'POST', PATH, 422);
  });

  it('a documented 401 (token without conversations/livechat.write) is an AuthenticationError', async () => {
    const error = await failureOf(clientOn(baseUrl).liveChat.typing({ ...input, isTyping: true }, { headers: { Prefer: 'code=401' } }));
    expectSpecError(error, AuthenticationError, 'POST', PATH, 401);
  });
});
