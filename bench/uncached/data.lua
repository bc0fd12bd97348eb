-- Uncached /data: every request a page not rendered before (one wrk thread,
-- so the counter is one sequence): years, region or sub-region, sex and age
-- in ever new combinations (from <= to always: every answer is a page, 200).
-- 20 x 15 x 9 x 5 x 4 = 54,000 distinct pages before one repeats.
local regions = { "", "Europe", "Africa", "Americas", "Asia", "Oceania",
  "Eastern%20Europe", "Southern%20Asia", "Latin%20America%20and%20the%20Caribbean" }
local sexes = { "", "female", "male", "other", "unknown" }
local ages = { "", "child", "adult", "unknown" }
local n = 0
request = function()
  local i = n
  n = n + 1
  local from = 1990 + i % 20
  local to = 2010 + math.floor(i / 20) % 15
  local j = math.floor(i / 300)
  local q = string.format("/data?from=%d&to=%d", from, to)
  local r = regions[(j % #regions) + 1]
  if r ~= "" then q = q .. "&region=" .. r end
  local s = sexes[(math.floor(j / #regions) % #sexes) + 1]
  if s ~= "" then q = q .. "&sex=" .. s end
  local a = ages[(math.floor(j / (#regions * #sexes)) % #ages) + 1]
  if a ~= "" then q = q .. "&age=" .. a end
  return wrk.format("GET", q)
end
