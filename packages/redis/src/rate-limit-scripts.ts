import { luaScript } from './lua-script.js';

// The pacing state of one key, as the in-memory store of @leadway/client keeps it
// (createMemoryRateLimitStore), moved into Redis so every process shares it:
//   KEYS[1] a hash: max, intervalMs, blockedUntil, foreign, foreignUntil, seq
//   KEYS[2] a sorted set of send times (score = time, member = time:seq), oldest first
// ARGV[1] is the time in milliseconds, or '' to read the Redis server's clock (TIME), so processes on
// machines whose clocks differ still share one window. Each script runs atomically.

/** Common head: reads the time and the key's state. */
const READ_STATE = `
local now = tonumber(ARGV[1])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local defaultMax = tonumber(ARGV[2])
local defaultInterval = tonumber(ARGV[3])
local reserve = tonumber(ARGV[4])
local stateTtl = tonumber(ARGV[5])
local st = redis.call('HMGET', KEYS[1], 'max', 'intervalMs', 'blockedUntil', 'foreign', 'foreignUntil')
local max = tonumber(st[1]) or defaultMax
local interval = tonumber(st[2]) or defaultInterval
local blockedUntil = tonumber(st[3]) or 0
local foreignCount = tonumber(st[4]) or 0
local foreignUntil = tonumber(st[5]) or 0
local function reserved(m) return math.ceil(m * reserve) end
-- The processes' share of a burst: the reserve left unused, but never below one request.
local function ownBudget(m) return math.max(1, m - reserved(m)) end
local function prune() redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - interval) end
local function keepState() redis.call('PEXPIRE', KEYS[1], math.max(stateTtl, math.ceil(blockedUntil - now) + interval)) end
`;

/**
 * acquire(key, now): 0 when one request may go now (and counts it as sent), else how long to wait.
 * ARGV: now, defaultMax, defaultIntervalMs, reserve, stateTtlMs.
 */
export const ACQUIRE = luaScript(
  'acquire',
  `${READ_STATE}
if now < blockedUntil then return math.ceil(blockedUntil - now) end
prune()
local count = redis.call('ZCARD', KEYS[2])
local foreign = 0
if now < foreignUntil then foreign = foreignCount end
local budget = ownBudget(max) - foreign
-- Only the others' count can use the budget up, and it lapses at foreignUntil (> now here).
if budget <= 0 then return math.ceil(foreignUntil - now) end
if count >= budget then
  -- Wait for the oldest counted send to leave the window, or for the others' count to lapse.
  local oldest = redis.call('ZRANGE', KEYS[2], count - budget, count - budget, 'WITHSCORES')
  local wait = tonumber(oldest[2]) + interval - now
  if foreign > 0 then wait = math.min(wait, foreignUntil - now) end
  return math.max(1, math.ceil(wait))
end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('ZADD', KEYS[2], now, now .. ':' .. seq)
redis.call('PEXPIRE', KEYS[2], math.ceil(interval))
keepState()
return 0
`,
);

/**
 * record(key, observation, now). ARGV: now, defaultMax, defaultIntervalMs, reserve, stateTtlMs,
 * status, max, intervalMs, remaining, dailyRemaining, retryAfterMs ('' for an absent header),
 * maxBurstWindowMs, maxDailyWindowMs (the client's pacing bounds: a server-given interval is at most
 * one burst window; a Retry-After blocks at most one burst window, or one day when the daily quota
 * is spent).
 */
export const RECORD = luaScript(
  'record',
  `${READ_STATE}
local status = tonumber(ARGV[6])
local seenMax = tonumber(ARGV[7])
local seenInterval = tonumber(ARGV[8])
local remaining = tonumber(ARGV[9])
local dailyRemaining = tonumber(ARGV[10])
local retryAfter = tonumber(ARGV[11])
local maxBurstWindow = tonumber(ARGV[12])
local maxDailyWindow = tonumber(ARGV[13])
if seenMax then max = seenMax; redis.call('HSET', KEYS[1], 'max', max) end
if seenInterval then interval = math.min(seenInterval, maxBurstWindow); redis.call('HSET', KEYS[1], 'intervalMs', interval) end
if remaining then
  -- Requests the server counted that no process sharing this store sent: others using the quota.
  prune()
  local foreign = max - remaining - redis.call('ZCARD', KEYS[2])
  redis.call('HSET', KEYS[1], 'foreign', math.max(0, foreign), 'foreignUntil', now + interval)
end
local dailySpent = dailyRemaining ~= nil and dailyRemaining <= math.floor(reserved(max) / 2)
local blockFor = 0
if status == 429 then
  if retryAfter then
    local bound = maxBurstWindow
    if dailySpent then bound = maxDailyWindow end
    blockFor = math.min(retryAfter, bound)
  else
    blockFor = interval
  end
end
if dailySpent then blockFor = math.max(blockFor, interval) end
if blockFor > 0 then
  blockedUntil = math.max(blockedUntil, now + blockFor)
  redis.call('HSET', KEYS[1], 'blockedUntil', blockedUntil)
end
keepState()
return 0
`,
);
