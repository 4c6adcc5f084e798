-- Sends every request with the API key (and, for POST, a JSON body) taken from the environment.
wrk.headers["X-API-Key"] = os.getenv("OMNIOTAP_BENCH_KEY")
local method = os.getenv("OMNIOTAP_BENCH_METHOD") or "GET"
wrk.method = method
if method == "POST" then
    wrk.headers["Content-Type"] = "application/json"
    wrk.body = '{"firstName":"Bench","lastName":"Mark","email":"bench@example.com","phone":"+1 555 0199"}'
end
