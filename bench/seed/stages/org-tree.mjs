// The org tree and sales territories are the demo data's (loaded by the API itself on its first start, with the
// migrations): this stage only reads them and works out which cities can be served, and from which warehouse,
// by the same rule as orders' OrderDestination (territory, then its region, then its province).
const TERRITORY_KINDS = new Set(['city', 'region', 'province']);

export const orgTreeStage = {
  name: 'org tree',
  describe: () => 'territories, warehouses and the administrator from the demo data',
  async run({ client, state, progress }) {
    progress.start('org tree', 1, 'step');
    const { rows: units } = await client.query(`SELECT id, kind, path FROM org_unit`);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const { rows: mappings } = await client.query(
      `SELECT city_code, org_unit_id FROM territory_city ORDER BY city_code`,
    );
    const { rows: warehouses } = await client.query(
      `SELECT id, code, region_id FROM warehouse WHERE status = 'active' ORDER BY code`,
    );
    const { rows: admins } = await client.query(`SELECT id FROM user_account ORDER BY created_at LIMIT 1`);
    if (!warehouses.length || !mappings.length || !admins.length)
      throw new Error(
        'The database has no demo territories/warehouses/users: run the API once with DEMO_DATA=true',
      );
    const territoryOfCity = new Map();
    const servedCities = [];
    for (const { city_code: cityCode, org_unit_id: territoryId } of mappings) {
      territoryOfCity.set(cityCode, territoryId);
      const lineage = unitById
        .get(territoryId)
        .path.split('/')
        .filter(Boolean)
        .reverse()
        .filter((id) => TERRITORY_KINDS.has(unitById.get(id)?.kind));
      for (const unitId of lineage) {
        const warehouse = warehouses.find((w) => w.region_id === unitId);
        if (warehouse) {
          servedCities.push({ cityCode, territoryId, warehouseId: warehouse.id });
          break;
        }
      }
    }
    if (!servedCities.length) throw new Error('No city of the demo territories has a warehouse serving it');
    Object.assign(state, {
      territoryOfCity,
      servedCities,
      warehouseIds: warehouses.map((w) => w.id),
      adminId: admins[0].id,
    });
    progress.finish(
      `${servedCities.length} served cities (${servedCities.map((c) => c.cityCode).join(', ')}), ${warehouses.length} warehouses`,
    );
  },
};
