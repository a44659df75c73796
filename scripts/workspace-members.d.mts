/** Each member's folder (relative to `root`) and parsed package.json. */
export declare function workspaceMembers(root: string): Array<{ dir: string; manifest: Record<string, unknown> }>;
