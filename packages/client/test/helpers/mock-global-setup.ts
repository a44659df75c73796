// Global setup of the contract project (vitest.config.ts): one Prism for the whole run, started
// before the first contract file and stopped after the last. Files read its URL with `mockUrl()`
// (contract-kit.ts); a test that needs other mock options starts its own with `startMock()`.
import { startMock } from '@leadway/mock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the run's shared mock (Prism on 127.0.0.1). */
    mockUrl: string;
  }
}

export default async function startSharedMock(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMock();
  project.provide('mockUrl', mock.url);
  return () => mock.close();
}
