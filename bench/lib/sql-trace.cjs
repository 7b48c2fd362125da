// Preloaded into the API (`node --require`) by the benchmark's trace step: records the text of every SQL
// statement pg sends while BENCH_SQL_TRACE names a file, so the baseline can be checked against the API's real SQL.
const fs = require('node:fs');
const { Client } = require('pg');
const file = process.env.BENCH_SQL_TRACE;
if (file) {
  const original = Client.prototype.query;
  Client.prototype.query = function traced(config, values, callback) {
    const text = typeof config === 'string' ? config : config?.text;
    if (text && global.__benchTraceOn)
      fs.appendFileSync(file, `${JSON.stringify(text.replace(/\s+/g, ' ').trim())}\n`);
    return original.call(this, config, values, callback);
  };
  // The trace is switched on and off by the bench through a header-free signal: SIGUSR2 toggles it.
  global.__benchTraceOn = false;
  process.on('SIGUSR2', () => {
    global.__benchTraceOn = !global.__benchTraceOn;
  });
}
