-- Other users: the pages and API answers people read, in turn.
local paths = {
  "/instruments/tip", "/countries/ALB", "/data", "/api/v1/statistics/indicators?by=year",
  "/", "/data?region=Europe", "/api/v1/instruments/tip/participants",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
