import { readFileSync } from 'node:fs';
import { inWorkspace } from './paths.js';

/** The release job (`.github/workflows/release.yml`) as far as the release test runs it. */
export interface ReleaseWorkflow {
  text: string;
  /** The `run:` one-liners, in order (the shim step's script is not one). */
  runSteps: string[];
  /** changesets/action's `version:` input: what makes the "Version Packages" change. */
  versionCommand: string;
  /** changesets/action's `publish:` input: what publishes once that change is merged. */
  publishCommand: string;
}

export const releaseWorkflowPath = inWorkspace('.github', 'workflows', 'release.yml');

/** Reads the workflow's commands (plain `key: value` lines; the file is ours and kept that simple). */
export function readReleaseWorkflow(): ReleaseWorkflow {
  const text = readFileSync(releaseWorkflowPath, 'utf8');
  const input = (key: string) => {
    const found = text.match(new RegExp(`^\\s+${key}:\\s*(\\S.*?)\\s*$`, 'm'))?.[1];
    if (!found) throw new Error(`${releaseWorkflowPath} has no \`${key}:\` input for changesets/action`);
    return found;
  };
  return {
    text,
    runSteps: [...text.matchAll(/^\s+- run:\s*(\S.*?)\s*$/gm)].map((match) => match[1]!),
    versionCommand: input('version'),
    publishCommand: input('publish'),
  };
}
