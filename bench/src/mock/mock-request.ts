/** The request both mocks are timed on: GET /conversations/{id} as the client sends it. */
export const CONVERSATION_PATH = '/conversations/tDtDnQdgm2LXpyiqYvZ6';

export const MOCK_REQUEST_HEADERS = {
  Authorization: 'Bearer pit-00000000-0000-4000-8000-000000000000',
  Version: '2021-07-28',
};
