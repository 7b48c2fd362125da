// Customers with a default address (some with a second one) in real province/city/district codes (GB/T 2260,
// the package the API validates with). Most live in the cities the demo territories serve; the rest all over
// China (no territory, as the API files them). Numbers come from customer_number_seq, which is moved past them.
import { TableSpool } from '../copy.mjs';
import { COMPOUNDS, GIVEN, STREETS, SURNAMES } from '../vocabulary.mjs';
import { loadAll } from './catalog.mjs';

export const customersStage = {
  name: 'customers',
  describe: (sizes) => `${sizes.customers.toLocaleString('en')} customers with addresses`,
  async run({ client, random, sizes, state, progress, built, now }) {
    const { searchTermsOf } = built('libs/api/platform/src/search/text-search.js');
    const { ChinaDivisions } = built('libs/api/orders/src/divisions/china-divisions.js');
    const divisions = ChinaDivisions.packaged();
    const places = [];
    for (const province of divisions.childrenOf()) {
      for (const city of divisions.childrenOf(province.code) ?? []) {
        places.push({
          province: province.code,
          city: city.code,
          districts: (divisions.childrenOf(city.code) ?? []).map((d) => d.code),
        });
      }
    }
    const placeOf = new Map(places.map((p) => [p.city, p]));
    const served = state.servedCities.map((c) => placeOf.get(c.cityCode)).filter(Boolean);
    const mapped = [...state.territoryOfCity.keys()].map((code) => placeOf.get(code)).filter(Boolean);

    const {
      rows: [{ last }],
    } = await client.query(`SELECT last_value AS last, is_called FROM customer_number_seq`);
    const firstNumber = Number(last) + 1;
    const customers = new TableSpool('customer', [
      'id',
      'number',
      'name',
      'phone',
      'gender',
      'source',
      'tags',
      'territory_id',
      'territory_source',
      'marketing_consent',
      'search_text',
      'search_grams',
      'created_at',
      'updated_at',
    ]);
    const addresses = new TableSpool('customer_address', [
      'id',
      'customer_id',
      'province_code',
      'city_code',
      'district_code',
      'detail',
      'recipient_name',
      'recipient_phone',
      'is_default',
      'created_at',
      'updated_at',
    ]);
    const terms = new Map();
    // For the orders stage: customers who can order (a served city), with their default address.
    const buyers = [];
    const since = now - 2 * 365 * 86_400_000;
    progress.start('customers', sizes.customers, 'customers');
    for (let i = 0; i < sizes.customers; i++) {
      const createdAt = since + (i / sizes.customers) * (now - since - 86_400_000);
      const id = random.uuidv7(createdAt);
      const at = new Date(createdAt);
      const number = `C-${String(firstNumber + i).padStart(6, '0')}`;
      const name =
        random.pick(SURNAMES) + random.pick(GIVEN) + (random.random() < 0.6 ? random.pick(GIVEN) : '');
      const phone = `15${String((i * 7919 + 104729) % 1_000_000_000).padStart(9, '0')}`;
      const roll = random.random();
      const place = roll < 0.7 ? random.pick(served) : roll < 0.8 ? random.pick(mapped) : random.pick(places);
      const territoryId = state.territoryOfCity.get(place.city) ?? null;
      if (!terms.has(name)) terms.set(name, searchTermsOf(name, []));
      const { text, grams } = terms.get(name);
      customers.add([
        id,
        number,
        name,
        phone,
        random.pick(['male', 'female', null]),
        random.weighted({ website: 8, customer_service: 2, franchise: 1 }),
        '{}',
        territoryId,
        territoryId ? 'address' : null,
        random.random() < 0.3,
        `${text} ${number.toLowerCase()}`,
        grams,
        at,
        at,
      ]);
      const detail = () =>
        `${random.pick(STREETS)}${random.int(1, 999)}号${random.pick(['阳光', '幸福', '锦绣', '翠苑', '金色'])}${random.pick(COMPOUNDS)}${random.int(1, 30)}栋${random.int(101, 2801)}室`;
      const addressId = random.uuidv7(createdAt);
      const district = place.districts.length ? random.pick(place.districts) : null;
      const line = detail();
      addresses.add([addressId, id, place.province, place.city, district, line, name, phone, true, at, at]);
      if (random.random() < 0.15) {
        const other = random.pick(places);
        addresses.add([
          random.uuidv7(createdAt),
          id,
          other.province,
          other.city,
          other.districts.length ? random.pick(other.districts) : null,
          detail(),
          name,
          phone,
          false,
          at,
          at,
        ]);
      }
      const serving = state.servedCities.find((c) => c.cityCode === place.city);
      if (serving)
        buyers.push({
          id,
          addressId,
          province: place.province,
          city: place.city,
          district,
          detail: line,
          name,
          phone,
          createdAt,
          serving,
        });
      progress.set(i + 1);
    }
    progress.finish(`${buyers.length.toLocaleString('en')} of them in served cities`);
    await loadAll(client, progress, 'customers (load)', [customers, addresses]);
    await client.query(`SELECT setval('customer_number_seq', $1)`, [firstNumber + sizes.customers - 1]);
    state.buyers = buyers;
  },
};
