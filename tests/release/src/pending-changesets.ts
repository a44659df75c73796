import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A changeset waiting in `.changeset/`: the packages it bumps and its changelog text. */
export interface PendingChangeset {
  file: string;
  bumps: Record<string, 'major' | 'minor' | 'patch' | 'none'>;
  summary: string;
}

/** Reads the changesets in a `.changeset/` folder (every `*.md` but its README). */
export function pendingChangesets(changesetDir: string): PendingChangeset[] {
  return readdirSync(changesetDir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => ({ file, ...parseChangeset(readFileSync(join(changesetDir, file), 'utf8')) }));
}

/** Parses a changeset's front matter (`'@scope/name': minor` lines) and summary. */
export function parseChangeset(text: string): Omit<PendingChangeset, 'file'> {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!match) return { bumps: {}, summary: text.trim() };
  const bumps: PendingChangeset['bumps'] = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const entry = line.match(/^\s*['"]?([^'":\s]+)['"]?\s*:\s*(major|minor|patch|none)\s*$/);
    if (entry) bumps[entry[1]!.trim()] = entry[2] as PendingChangeset['bumps'][string];
  }
  return { bumps, summary: match[2]!.trim() };
}
