// The one way tests await a call that must fail: resolves with what it was rejected with, and fails
// the test (quoting the value) when the call succeeded instead.
export function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a failure, got ${describe(value)}`);
    },
    (error: unknown) => error,
  );
}

function describe(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 200);
  } catch {
    return typeof value;
  }
}
