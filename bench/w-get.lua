-- GET workloads: BENCH_PATH with {unit} / {task} replaced by a random id in the given ranges.
local path = os.getenv("BENCH_PATH")
local token = os.getenv("BENCH_TOKEN")
local ufirst, ulast = tonumber(os.getenv("UNIT_FIRST") or "1"), tonumber(os.getenv("UNIT_LAST") or "1")
local tfirst, tlast = tonumber(os.getenv("TASK_FIRST") or "1"), tonumber(os.getenv("TASK_LAST") or "1")
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end
function init(args)
  math.randomseed(1000 + (seed or 0))
end
request = function()
  local p = path:gsub("{unit}", tostring(math.random(ufirst, ulast))):gsub("{task}", tostring(math.random(tfirst, tlast)))
  return wrk.format("GET", p, { ["Authorization"] = "Bearer " .. token })
end
