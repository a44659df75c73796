import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';

/** Folders beside a spec that never hold its sources. */
const IGNORED_DIRS = new Set(['node_modules', 'dist', 'lib', 'test', 'tests', 'scripts', 'test-artifacts', 'coverage']);
const SPEC_FILE = /\.(ya?ml|json)$/i;
/** Editors write a file in several steps; one reload per burst. @unit milliseconds */
const DEBOUNCE_MS = 150;

/**
 * Calls `onChange` once after the spec file, or a YAML/JSON file in a folder beside it (where its
 * `$ref`s point: `paths/`, `components/`...), changes. Returns a function that stops watching.
 *
 * Folders are watched, never files, and each folder on its own: an editor that saves by writing a
 * temporary file and renaming it over the original (`sed -i`, vim, VS Code) replaces the file, and
 * a watch on the file, or Node's recursive watch on Linux (which watches each file), stays on the
 * replaced one and misses every later change.
 */
export function watchSpec(specPath: string, onChange: () => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  };
  const watchFolder = (folder: string, withSubfolders: boolean) => {
    if (stopped || watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, file) => {
        if (file === null) return changed();
        const name = file.toString();
        if (SPEC_FILE.test(name)) changed();
        // A folder created later (a new `paths/` group) is watched from then on.
        else if (withSubfolders && isWatchableFolder(name)) watchTree(join(folder, name));
      });
    } catch {
      return; // gone already
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(folder);
    });
    watchers.set(folder, watcher);
  };
  const watchTree = (folder: string) => {
    try {
      if (!statSync(folder).isDirectory()) return;
    } catch {
      return;
    }
    watchFolder(folder, true);
    for (const entry of safeReaddir(folder)) {
      if (entry.isDirectory() && isWatchableFolder(entry.name)) watchTree(join(folder, entry.name));
    }
  };

  const root = dirname(specPath);
  watchFolder(root, false);
  for (const entry of safeReaddir(root)) {
    if (entry.isDirectory() && isWatchableFolder(entry.name)) watchTree(join(root, entry.name));
  }
  return () => {
    stopped = true;
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

function isWatchableFolder(name: string): boolean {
  return !name.startsWith('.') && !IGNORED_DIRS.has(name);
}

function safeReaddir(folder: string) {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}
