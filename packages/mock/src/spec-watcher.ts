import { watch, readdirSync, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Folders beside a spec that never hold its sources. */
const IGNORED_DIRS = new Set(['node_modules', 'dist', 'lib', 'test', 'tests', 'scripts', 'test-artifacts', 'coverage']);
const SPEC_FILE = /\.(ya?ml|json)$/i;
/** Editors write a file in several steps; one reload per burst. @unit milliseconds */
const DEBOUNCE_MS = 150;

/**
 * Calls `onChange` once after the spec file, or a YAML/JSON file in a folder beside it (where its
 * `$ref`s point: `paths/`, `components/`...), changes. Returns a function that stops watching.
 */
export function watchSpec(specPath: string, onChange: () => void): () => void {
  const root = dirname(specPath);
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  const changed = (file: string | null) => {
    if (file !== null && !SPEC_FILE.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  };
  watchers.push(watch(root, (_event, file) => {
    if (file === null || file === basename(specPath) || SPEC_FILE.test(file)) changed(file);
  }));
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || IGNORED_DIRS.has(entry.name)) continue;
    watchers.push(watch(join(root, entry.name), { recursive: true }, (_event, file) => changed(file)));
  }
  for (const watcher of watchers) watcher.on('error', () => watcher.close());
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
