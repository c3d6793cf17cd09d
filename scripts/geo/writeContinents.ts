// npm run data:continents — writes src/domain/geo/continents.json from countries-list.
// Run it after upgrading that package; continentsTable.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTINENTS_FILE, continentsTable, continentsText } from './continentsTable.ts';

const table = continentsTable();
writeFileSync(CONTINENTS_FILE, continentsText(table));
const count = Object.values(table.continents).reduce((sum, codes) => sum + codes.length, 0);
console.log(`wrote ${count} countries to ${fileURLToPath(CONTINENTS_FILE)}`);
