// Preloaded into the API (`node --require`) by the benchmark's trace step: records every SQL statement pg sends
// while BENCH_SQL_TRACE names a file, as `{ sql, ms }` (ms from send to answer; null for streams such as COPY),
// so the baseline can be checked against the API's real SQL and a dashboard's statements timed one by one.
const fs = require('node:fs');
const { Client } = require('pg');
const file = process.env.BENCH_SQL_TRACE;
if (file) {
  const original = Client.prototype.query;
  const record = (sql, ms) => fs.appendFileSync(file, `${JSON.stringify({ sql, ms })}\n`);
  Client.prototype.query = function traced(config, values, callback) {
    const text = typeof config === 'string' ? config : config?.text;
    if (!text || !global.__benchTraceOn) return original.call(this, config, values, callback);
    const sql = text.replace(/\s+/g, ' ').trim();
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    if (typeof values === 'function' || typeof callback === 'function') {
      const done = typeof values === 'function' ? values : callback;
      const timed = (...args) => {
        record(sql, elapsed());
        return done(...args);
      };
      return typeof values === 'function'
        ? original.call(this, config, timed)
        : original.call(this, config, values, timed);
    }
    const result = original.call(this, config, values, callback);
    if (result && typeof result.then === 'function') {
      const after = () => record(sql, elapsed());
      result.then(after, after);
    } else record(sql, null);
    return result;
  };
  // The trace is switched on and off by the bench through a header-free signal: SIGUSR2 toggles it.
  global.__benchTraceOn = false;
  process.on('SIGUSR2', () => {
    global.__benchTraceOn = !global.__benchTraceOn;
  });
}
