-- wrk script of bench/load.sh.
--
--   wrk ... -s bench/load.lua <url>                              a plain GET of <url>
--   wrk ... -s bench/load.lua <url> -- <tokens file> <threads>  POST /api/v1/ratings
--
-- With a tokens file (one token a line), each request posts a rating with a token of its own:
-- thread i takes lines i, i + threads, i + 2 * threads, ... so no token is sent twice. When a
-- thread runs out it starts its share again, and done() reports how many tokens were reused, so
-- the caller can tell that the run needs more.
--
-- done() prints one line for the caller to parse:
--   RESULT requests=N seconds=S rps=R p50_ms=A p99_ms=B non2xx=N socket_errors=N reused=N
-- non2xx counts statuses of 400 and above (wrk's own count); socket_errors sums connect, read,
-- write and timeout errors.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local tokens = {}
local position = 0
local ratings = { "great", "ok", "great", "not_good", "great" }
used = 0
reused = 0

local function post_request()
  position = position + 1
  if position > #tokens then
    position = 1
  end
  if used >= #tokens then
    reused = reused + 1
  end
  used = used + 1

  local rating = ratings[(used % #ratings) + 1]
  local body = '{"token":"' .. tokens[position] .. '","rating":"' .. rating .. '"}'
  return wrk.format("POST", "/api/v1/ratings", nil, body)
end

function init(args)
  if args[1] == nil then
    return
  end

  local stride = tonumber(args[2])
  local line_number = 0
  for line in io.lines(args[1]) do
    if line_number % stride == id then
      table.insert(tokens, line)
    end
    line_number = line_number + 1
  end
  assert(#tokens > 0, "no tokens for thread " .. id .. " in " .. args[1])

  wrk.headers["Content-Type"] = "application/json"
  request = post_request
end

function done(summary, latency, requests)
  local total_reused = 0
  for _, thread in ipairs(threads) do
    total_reused = total_reused + (thread:get("reused") or 0)
  end

  local errors = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d reused=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout, total_reused))
end
