// The smoke program as a Cloudflare Worker (bundled with esbuild as a Workers project would be, run
// by workerd through Miniflare): POST the SmokeInput JSON, get the capabilities back as JSON.
// workerd runs no Node server, so the mock cannot be hosted here: the host's mock (on Node) serves
// the calls, and the cell says so.
import { clientCapabilities, type SmokeInput } from './capabilities.js';

export default {
  async fetch(request: Request): Promise<Response> {
    const input = (await request.json()) as SmokeInput;
    const results = await clientCapabilities(input.mockUrl, input.webhook);
    return Response.json({
      ...results,
      mockHosted: {
        status: 'unsupported',
        note: 'workerd cannot host the mock: Prism is a Node HTTP server, and a Worker only answers requests; the calls go to the mock run on Node beside it.',
      },
    });
  },
};
