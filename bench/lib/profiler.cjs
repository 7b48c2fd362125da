// Preloaded into the API (`node --require`) by bench/profile.mjs: SIGUSR2 starts the V8 CPU profiler, the next
// SIGUSR2 writes the profile to BENCH_CPU_PROFILE (a .cpuprofile: open it in Chrome DevTools or speedscope for a
// flame graph). Only the measured load is profiled, not the boot.
const fs = require('node:fs');
const inspector = require('node:inspector');

const file = process.env.BENCH_CPU_PROFILE;
if (file) {
  const session = new inspector.Session();
  session.connect();
  let running = false;
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true;
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    running = false;
    session.post('Profiler.stop', (error, result) => {
      if (!error) fs.writeFileSync(file, JSON.stringify(result.profile));
    });
  });
}
