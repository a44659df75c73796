/**
 * The file name of a download, from the server's `Content-Disposition`, made safe to save under: the
 * server (or anything between it and the client) chooses it, so it is treated as hostile. What is
 * returned is a bare file name that cannot leave the caller's folder or hide what it is:
 *
 * - `filename*=` (RFC 5987/8187, `UTF-8''...` or `ISO-8859-1''...`) is preferred over `filename=`;
 *   quoted values are unescaped. Percent-encoding is decoded before anything else is checked.
 * - Directories are dropped: only what follows the last `/` or `\` is kept.
 * - Control characters, direction overrides and lone surrogates are removed; characters Windows or
 *   macOS refuse in names (`< > : " | ? *`) become `_`.
 * - Leading dots (hidden files, `..`) and trailing dots and spaces are stripped.
 * - Windows device names (`CON`, `PRN`, `AUX`, `NUL`, `COM1`-`COM9`, `LPT1`-`LPT9`, with any
 *   extension) get a `_` prefix.
 * - At most {@link MAX_FILENAME_LENGTH} characters, the extension kept.
 * - When nothing is left, the operation's fallback name is used.
 */

/** Longest file name returned (most file systems allow 255 bytes). @unit characters */
export const MAX_FILENAME_LENGTH = 200;

/**
 * The safe file name of a `Content-Disposition` header: undefined when the header is absent or names
 * no file, else a bare, safe name (`fallback` when nothing safe is left of the server's).
 */
export function downloadFilename(disposition: string | null, fallback: string): string | undefined {
  if (!disposition) return undefined;
  const params = parameters(`;${disposition}`);
  const extended = params.get('filename*');
  const raw = (extended !== undefined ? decodeExtended(extended) : undefined) ?? params.get('filename');
  if (raw === undefined) return undefined;
  return safeFilename(raw) ?? fallback;
}

/** A bare, safe file name made from `name`, or undefined when nothing safe is left. */
export function safeFilename(name: string): string | undefined {
  let base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  base = base
    .replace(UNSAFE_CHARACTERS, '')
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/^[.\s]+/, '');
  base = withoutTrailingDotsAndSpaces(base);
  if (base === '') return undefined;
  if (WINDOWS_DEVICE.test(base)) base = `_${base}`;
  return shortened(base);
}

// C0 and C1 controls, DEL, bidirectional marks and overrides, zero-width and BOM characters, and
// UTF-16 surrogates that are not part of a pair.
const UNSAFE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters a file name must not keep.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

// A loop, not /[.\s]+$/: that pattern backtracks quadratically on a long run of dots before a letter.
function withoutTrailingDotsAndSpaces(name: string): string {
  let end = name.length;
  while (end > 0 && (name[end - 1] === '.' || /\s/.test(name[end - 1]!))) end--;
  return name.slice(0, end);
}

function shortened(name: string): string {
  if (name.length <= MAX_FILENAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  let stem = name.slice(0, MAX_FILENAME_LENGTH - extension.length);
  // Never cut a surrogate pair in half.
  if (/[\ud800-\udbff]$/.test(stem)) stem = stem.slice(0, -1);
  return stem + extension;
}

/**
 * The parameters of a header value (`type; a=b; c="d"`), names lower-cased; the first of each wins.
 * In quoted values only `\"` and `\\` are unescaped: other backslashes stay (some servers send
 * Windows paths unescaped), so they are cut as directory separators later.
 */
function parameters(header: string): Map<string, string> {
  const out = new Map<string, string>();
  const pattern = /;\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;]*)/g;
  for (const match of header.matchAll(pattern)) {
    const name = match[1]!.toLowerCase();
    let value = match[2]!.trim();
    if (value.startsWith('"')) value = value.slice(1, value.endsWith('"') && value.length > 1 ? -1 : undefined).replace(/\\(["\\])/g, '$1');
    if (!out.has(name)) out.set(name, value);
  }
  return out;
}

/** Decodes an RFC 8187 value (`charset'language'percent-encoded`); undefined when it cannot be read. */
function decodeExtended(value: string): string | undefined {
  const match = /^([A-Za-z0-9!#$%&+^_`{}~-]+)'[^']*'(.*)$/.exec(value);
  if (!match) return undefined;
  const charset = match[1]!.toLowerCase();
  const encoded = match[2]!;
  if (charset === 'utf-8') {
    try {
      return decodeURIComponent(encoded);
    } catch {
      return undefined;
    }
  }
  if (charset === 'iso-8859-1') {
    return encoded.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return undefined;
}
