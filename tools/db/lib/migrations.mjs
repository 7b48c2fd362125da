// Restore makes the schema with the code's own migrations, only those the backup was taken at: the data then
// fits the tables exactly, and the API's next start applies anything newer to the restored data as usual.

/** The migration classes named in `names`; a name this code does not have means the backup is from a newer version. */
export function selectMigrations(allMigrations, names) {
  const byName = new Map(
    allMigrations.map((Migration) => [new Migration().name ?? Migration.name, Migration]),
  );
  const unknown = names.filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `The backup was taken by a newer version of Zhanggui: this code lacks migration(s) ${unknown.join(', ')}. ` +
        'Restore it with that version (or later).',
    );
  }
  return names.map((name) => byName.get(name));
}

/**
 * A `migrate(url, names)` for restoreDatabase, from the platform's pieces (sources in tests, the built copy in
 * the command): the same DataSource settings and advisory-locked runner the API uses at boot.
 */
export function migrator({ allMigrations, dataSourceOptions, runMigrations, DataSource }) {
  return async (url, names) => {
    const migrations = selectMigrations(allMigrations, names);
    const dataSource = new DataSource(
      dataSourceOptions({ url, poolSize: 2, migrations, applicationName: 'zhanggui-restore' }),
    );
    await dataSource.initialize();
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
  };
}
