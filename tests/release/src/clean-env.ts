/**
 * The environment of a consumer's shell: this process's environment without what pnpm, npm and
 * vitest put there for their own scripts (npm_config_*, npm_package_*, NODE_OPTIONS, ...), so that
 * npm in the consumer project behaves as it would for a user, not as a child of the workspace.
 */
export function consumerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|vitest|node_options$|node_env$|init_cwd$|turbo_)/i.test(key)) continue;
    env[key] = value;
  }
  return {
    ...env,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
}
