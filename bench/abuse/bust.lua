-- Cache-busting: every request a new query string. Unknown parameters
-- (refused with 400), and valid parameters in ever new combinations
-- (rendered, and kept in the byte-bounded cache until evicted).
local n = 0
request = function()
  n = n + 1
  local k = n % 4
  if k == 0 then
    return wrk.format("GET", "/data?zz=" .. n)
  elseif k == 1 then
    return wrk.format("GET", string.format("/instruments/tip?as_of=%04d-%02d-%02d",
      2001 + math.floor(n / 4) % 24, 1 + math.floor(n / 96) % 12, 1 + math.floor(n / 1152) % 28))
  elseif k == 2 then
    return wrk.format("GET", string.format("/api/v1/statistics/indicators?by=year&from=%d&to=%d",
      1990 + math.floor(n / 4) % 35, 2000 + math.floor(n / 140) % 25))
  else
    return wrk.format("GET", string.format("/data?from=%d&to=%d",
      1990 + math.floor(n / 4) % 35, 2000 + math.floor(n / 140) % 25))
  end
end
