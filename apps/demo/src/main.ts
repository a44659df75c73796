#!/usr/bin/env node
import { runDemo } from './run.js';

runDemo(process.env, (line) => console.log(line)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('leadway-demo: unexpected failure', error);
    process.exitCode = 1;
  },
);
