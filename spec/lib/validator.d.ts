export interface ValidationResult {
  ok: boolean;
  errors: string[];
}
export interface SpecValidator {
  doc: any;
  validateAt(schemaPointer: string, value: unknown): ValidationResult;
  validateResponse(method: string, path: string, status: number, body: unknown, mediaType?: string): ValidationResult;
}
export declare const bundledSpecPath: string;
export declare function loadBundledSpec(): any;
export declare function resolveRef(doc: any, node: any): any;
export declare function createSpecValidator(doc?: any): SpecValidator;
