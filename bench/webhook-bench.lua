-- wrk script: every request is a new Telegram text update from one of 500 users
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local counter = 0
request = function()
  counter = counter + 1
  local id = counter * 16 + tid -- unique across up to 16 threads
  local user = 100000 + (id % 500)
  local body = '{"update_id":' .. id .. ',"message":{"message_id":' .. id .. ',"date":1700000000,'
    .. '"text":"can i work in germany without a visa","from":{"id":' .. user .. ',"is_bot":false,"first_name":"B"},'
    .. '"chat":{"id":' .. user .. ',"type":"private"}}}'
  return wrk.format("POST", "/webhooks/telegram", {
    ["Content-Type"] = "application/json",
    ["X-Telegram-Bot-Api-Secret-Token"] = "bench_secret"
  }, body)
end
