/** The request both mocks are timed on: GET /conversations/{id} as the client sends it. */
export const CONVERSATION_PATH = '/conversations/tDtDnQdgm2LXpyiqYvZ6';

export const MOCK_REQUEST_HEADERS = {
  Authorization: 'Bearer bench-token',
  Version: '2021-07-28',
};
