-- wrk script: each connection's requests rotate through the paths given after `--`,
-- and done() prints how many responses were not 2xx, summed over the threads.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = args
  position = math.random(#paths)
  non_2xx = 0
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non_2xx = non_2xx + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("non_2xx")
  end
  io.write(string.format("Non-2xx responses (all threads): %d\n", total))
end
