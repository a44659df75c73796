import { createHash } from 'node:crypto';
import { command, type RedisConnection } from './connection.js';

/** A Lua script run on the Redis server, atomically, by its SHA1 (EVALSHA) after the first load. */
export interface LuaScript {
  /** Names the script in errors. */
  readonly name: string;
  readonly source: string;
  readonly sha1: string;
}

/** Describes a script; its SHA1 is computed once. */
export function luaScript(name: string, source: string): LuaScript {
  return { name, source, sha1: createHash('sha1').update(source).digest('hex') };
}

/**
 * Runs a script with EVALSHA; when Redis does not have it cached (NOSCRIPT: first use, or after a
 * restart or SCRIPT FLUSH) sends it once with EVAL, which caches it for the next calls.
 */
export function runScript(connection: RedisConnection, script: LuaScript, keys: string[], args: Array<string | number>): Promise<unknown> {
  return command(connection, `script ${script.name}`, async (client) => {
    try {
      return await client.evalsha(script.sha1, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(script.source, keys.length, ...keys, ...args);
    }
  });
}

/**
 * Runs a script with EVAL, its source each time: one command whatever Redis has cached, so a call
 * nobody awaits stays in order with the commands sent after it on the same connection (an EVALSHA
 * that met NOSCRIPT would be sent again after them: on first use, after a restart, a SCRIPT FLUSH).
 */
export function runScriptInOrder(connection: RedisConnection, script: LuaScript, keys: string[], args: Array<string | number>): Promise<unknown> {
  return command(connection, `script ${script.name}`, (client) => client.eval(script.source, keys.length, ...keys, ...args));
}
