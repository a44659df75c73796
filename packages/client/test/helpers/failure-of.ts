// The one way tests take what a call that must fail failed with: `failureOf` resolves with what a
// promise was rejected with, `thrownBy` returns what a synchronous call threw; both fail the test
// (quoting the value) when the call succeeded instead.
export function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a failure, got ${describe(value)}`);
    },
    (error: unknown) => error,
  );
}

export function thrownBy(call: () => unknown): unknown {
  let value: unknown;
  try {
    value = call();
  } catch (error) {
    return error;
  }
  throw new Error(`expected a throw, got ${describe(value)}`);
}

function describe(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 200);
  } catch {
    return typeof value;
  }
}
