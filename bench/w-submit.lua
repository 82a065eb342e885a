-- W5: each request files December's report for the next open assignment of this thread's share.
local token = os.getenv("BENCH_TOKEN")
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
local threads = 0
function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
  thread:set("count", 0)
end
function init(args)
  step = tonumber(os.getenv("BENCH_THREADS") or "2")
  next_id = (index or 0) + 1
end
request = function()
  local id = ids[next_id]
  next_id = next_id + step
  if id == nil then id = ids[1] end -- answered 409, and the thread stops below
  local body = '{"assignmentId":' .. id .. ',"period":"2026-12","text":"本月推进情况：召开专题会议，细化措施，压实责任。","progress":96,"progressReason":"基准测试","completed":false}'
  return wrk.format("POST", "/api/v1/progress-reports",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end
-- a thread whose share of open assignments is used up stops rather than count conflicts
response = function(status, headers, body)
  if next_id > #ids then wrk.thread:stop() end
end
