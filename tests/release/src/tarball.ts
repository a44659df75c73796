import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** One file inside a package tarball. */
export interface TarballEntry {
  /** Path inside the package, without the leading `package/`. */
  path: string;
  /** Unpacked size. @unit bytes */
  size: number;
}

/** What a package tarball holds: its packed size and every file in it. */
export interface TarballContents {
  /** Size of the .tgz as published. @unit bytes */
  packedSize: number;
  /** Sum of the unpacked file sizes. @unit bytes */
  unpackedSize: number;
  files: TarballEntry[];
}

/** Lists a `.tgz` made by `pnpm pack` / `npm pack` (ustar headers, regular files only). */
export function readTarball(path: string): TarballContents {
  const tar = gunzipSync(readFileSync(path));
  const files: TarballEntry[] = [];
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0[\s\S]*$/, '');
    const name = field(0, 100);
    const prefix = field(345, 155);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const full = prefix ? `${prefix}/${name}` : name;
    if (type === '0' || type === '') files.push({ path: full.replace(/^package\//, ''), size });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return {
    packedSize: statSync(path).size,
    unpackedSize: files.reduce((sum, file) => sum + file.size, 0),
    files,
  };
}
