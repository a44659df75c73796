/** One place where a request or an answer departs from the spec, as Prism reports it. */
export interface SpecViolation {
  /** `request` or `response`, then the path inside it, e.g. `['response', 'body', 'type']`. */
  location: string[];
  /** How serious Prism rates it (\`error\`, \`warning\`, ...). */
  severity: string;
  /** Prism's code for the rule, when it gives one. */
  code?: string | number;
  /** What is wrong, in words. */
  message: string;
}

/** Everything the mock noticed about one exchange, passed to `onViolations`. */
export interface ExchangeReport {
  /** HTTP method of the request. */
  method: string;
  /** Path of the request, without the query. */
  path: string;
  /** HTTP status of the answer. */
  status: number;
  /** Every departure from the spec, request and answer. */
  violations: SpecViolation[];
}

/** Reads Prism's `sl-violations` header (a JSON array); an unreadable one becomes a single entry. */
export function parseViolationsHeader(value: string | string[] | undefined): SpecViolation[] {
  if (value === undefined) return [];
  const text = Array.isArray(value) ? value.join(',') : value;
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed as SpecViolation[];
  } catch {
    // Prism truncates very long lists and prefixes them with "Too many violations!".
  }
  return [{ location: [], severity: 'Error', message: text.slice(0, 500) }];
}

/** One readable line per violation, e.g. `GET /conversations/abc -> 200: response.body.type must be ...`. */
export function formatReport(report: ExchangeReport): string[] {
  return report.violations.map((v) => {
    const where = v.location.join('.') || '(whole message)';
    return `${report.method} ${report.path} -> ${report.status}: ${where} ${v.message} [${v.severity.toLowerCase()}]`;
  });
}
