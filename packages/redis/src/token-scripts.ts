import { luaScript } from './lua-script.js';

// The shared OAuth tokens of one installation:
//   KEYS[1] a hash: `tokens` (the OAuthTokens as JSON), `presenting` (the lock value of the process
//           that sent the stored refresh token to the token endpoint and has not saved the answer yet)
//           and `recovering` (set once a later holder presented that same refresh token again, after
//           the first presenter's lock lapsed: it is never presented a third time)
//   KEYS[2] the refresh lock: a string holding the holder's lock value (its fencing token), with a PX expiry

/** Releases the lock only when it is still ours. ARGV: lock value. Returns 1 when released. */
export const RELEASE = luaScript(
  'release-refresh-lock',
  `if redis.call('GET', KEYS[2]) == ARGV[1] then return redis.call('DEL', KEYS[2]) end
return 0`,
);

/**
 * Before presenting the refresh token: marks it as being presented by this lock holder. ARGV: lock
 * value, the refresh token the holder is about to present. Returns 'ok', 'lost' (the lock is no
 * longer ours: present nothing), 'changed' (the stored refresh token is not the one read),
 * 'recovering' (a holder whose lock lapsed presented it and never saved an answer: this holder
 * presents it once more, and the mark now says so) or 'in_doubt' (it was presented once more
 * already, and that holder never saved an answer either).
 */
export const MARK_PRESENTING = luaScript(
  'mark-presenting',
  `if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 'lost' end
local stored = redis.call('HGET', KEYS[1], 'tokens')
if not stored or cjson.decode(stored)['refreshToken'] ~= ARGV[2] then return 'changed' end
if redis.call('HEXISTS', KEYS[1], 'presenting') == 1 then
  if redis.call('HEXISTS', KEYS[1], 'recovering') == 1 then return 'in_doubt' end
  redis.call('HSET', KEYS[1], 'presenting', ARGV[1], 'recovering', '1')
  return 'recovering'
end
redis.call('HSET', KEYS[1], 'presenting', ARGV[1])
return 'ok'`,
);

/**
 * The fenced write of a refresh's result: saves the new tokens and clears the mark only while the
 * lock still holds this holder's value. ARGV: lock value, tokens JSON. Returns 1 when saved, 0 when
 * refused (the lock expired: another process may own it now).
 */
export const SAVE_IF_HOLDER = luaScript(
  'save-if-holder',
  `if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'tokens', ARGV[2])
redis.call('HDEL', KEYS[1], 'presenting', 'recovering')
return 1`,
);

/**
 * Clears this holder's mark after the token endpoint answered without spending the refresh token
 * (429 or 5xx). ARGV: lock value. Returns 1 when cleared.
 */
export const UNMARK = luaScript(
  'unmark-presenting',
  `if redis.call('HGET', KEYS[1], 'presenting') == ARGV[1] then return redis.call('HDEL', KEYS[1], 'presenting') end
return 0`,
);

/** An unconditional save (a re-authorization, or a provider without the shared refresh): new tokens, no mark. ARGV: tokens JSON. */
export const SAVE = luaScript(
  'save-tokens',
  `redis.call('HSET', KEYS[1], 'tokens', ARGV[1])
redis.call('HDEL', KEYS[1], 'presenting', 'recovering')
return 1`,
);
