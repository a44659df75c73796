export type CellStatus = 'pass' | 'fail' | 'not-run' | 'unsupported';
export interface Cell {
  status: CellStatus;
  /** Why, for `unsupported` (shown as a numbered note) and `fail` (kept in the JSON and the log). */
  note?: string;
}
export interface CompatibilityResults {
  rows: { id: string; label: string }[];
  cells: Record<string, Record<string, Cell>>;
}
export declare const CAPABILITIES: { id: string; label: string }[];
export declare const TABLE_START: string;
export declare const TABLE_END: string;
export declare function renderCompatibilityTable(results: CompatibilityResults): string;
export declare function tableInReadme(readme: string): string | undefined;
export declare function withTable(readme: string, table: string): string;
