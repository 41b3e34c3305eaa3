-- wrk script for the load test (tests/integration/load_test.cc, docs/operations.md): a fixed
-- round of plain, phrase, filtered and faceted searches on the JSON API and the HTML page,
-- each connection starting at a different point of the round.
--
-- done() prints one line of JSON that the test parses:
--   {"requests":…, "duration_us":…, "non2xx":…, "errors":{"connect":…,"read":…,"write":…,
--    "status":…,"timeout":…}, "latency_us":{"p50":…,"p90":…,"p99":…,"max":…}}
-- "non2xx" counts every answer outside 200-299 (wrk's own "status" counts only >= 400).

local paths = {
  "/api/v1/search?q=vacunas",
  "/api/v1/search?q=hospital%20medicamentos&facets=true",
  "/api/v1/search?q=%22unidad%20m%C3%A9dica%22",
  "/api/v1/search?q=pacientes&year=2021&facets=true",
  "/api/v1/search?q=&facets=true&sort=date_desc",
  "/api/v1/search?q=urgencias&page=2&per_page=5",
  "/api/v1/search?q=insumos%20OR%20camas&date_from=2021-03-01&date_to=2021-03-15",
  "/?q=cl%C3%ADnica",
}

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  next_path = (id * 3) % #paths
  non2xx = 0
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local non2xx_total = 0
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"non2xx":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%d,"p90":%d,"p99":%d,"max":%d}}\n',
    summary.requests, summary.duration, non2xx_total,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
