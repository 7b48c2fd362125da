// A progress bar with the time left, on stderr (stdout stays clean for a caller that reads the summary).
export function createProgress({ stream = process.stderr } = {}) {
  const startedAt = Date.now();
  let stage = { name: '', total: 1, done: 0, startedAt };
  let lastDraw = 0;
  const tty = stream.isTTY;

  const fmt = (seconds) =>
    seconds >= 3600
      ? `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`
      : seconds >= 60
        ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`
        : `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;

  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - lastDraw < (tty ? 100 : 5000)) return;
    lastDraw = now;
    const ratio = Math.min(1, stage.done / Math.max(1, stage.total));
    const elapsed = (now - stage.startedAt) / 1000;
    const left = ratio > 0.01 ? (elapsed / ratio) * (1 - ratio) : NaN;
    const width = 28;
    const bar = '█'.repeat(Math.round(ratio * width)).padEnd(width, '░');
    const line = `${stage.name.padEnd(22)} ${bar} ${(ratio * 100).toFixed(0).padStart(3)}%  ${stage.done.toLocaleString('en')}/${stage.total.toLocaleString('en')} ${stage.unit ?? ''}  ${Number.isNaN(left) ? '' : `${fmt(left)} left`}`;
    stream.write(tty ? `\r${line.padEnd(110)}` : `${line}\n`);
  };

  return {
    start(name, total, unit = 'rows') {
      stage = { name, total, done: 0, unit, startedAt: Date.now() };
      draw(true);
    },
    tick(count = 1) {
      stage.done += count;
      draw();
    },
    set(done) {
      stage.done = done;
      draw();
    },
    finish(summary) {
      stage.done = stage.total;
      draw(true);
      const elapsed = (Date.now() - stage.startedAt) / 1000;
      stream.write(`${tty ? '\n' : ''}  ✓ ${stage.name}: ${summary ?? ''} in ${fmt(elapsed)}\n`);
    },
    total: () => (Date.now() - startedAt) / 1000,
    fmt,
  };
}
