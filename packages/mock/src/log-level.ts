// Its own module, so the public types never import Prism's (whose .d.ts need `pino` types that an
// npm consumer does not have): see the release test's strict type check.

/** Levels the mock lets Prism log at; `debug` and `trace` print request headers verbatim, so they are not offered. */
export type MockLogLevel = 'silent' | 'error' | 'warn' | 'info';
