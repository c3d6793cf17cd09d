// npm run bench:import -- [--rows 100000] [--port unused]
// Writes a synthetic day of GDELT 2.0 events (61 tab-separated columns, no header)
// and a mentions file beside it, with fictional actor names, real CAMEO event codes
// and real ISO alpha-3 country codes, example.org URLs — then imports them with
// data:import, which prints rows/s and peak RSS. Synthetic: it says so in its title.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GDELT2_EVENT_COLUMNS } from '../../src/domain/import/gdelt/gdeltColumns.ts';
import { seededRandom } from '../../src/domain/random/seededRandom.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = Number(values.rows);
const COUNTRIES = [
  'RUS',
  'PRK',
  'USA',
  'CHN',
  'KOR',
  'JPN',
  'IRN',
  'TUR',
  'UKR',
  'DEU',
  'FRA',
  'GBR',
];
const CODES = [
  '010',
  '036',
  '040',
  '042',
  '043',
  '051',
  '057',
  '061',
  '071',
  '090',
  '111',
  '112',
  '120',
  '130',
  '138',
  '141',
  '163',
  '172',
  '190',
];
const QUAD = (code: string) => {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
};
const random = seededRandom(17);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const dir = mkdtempSync(join(tmpdir(), 'diplograph-gdelt-day-'));
const events = join(dir, '20240619.export.CSV');
const mentions = join(dir, '20240619.mentions.CSV');
const eventOut = createWriteStream(events);
const mentionOut = createWriteStream(mentions);
const index = new Map(GDELT2_EVENT_COLUMNS.map((name, i) => [name, i]));
for (let n = 0; n < rows; n++) {
  const id = String(1_000_000 + n);
  const a = pick(COUNTRIES);
  let b = pick(COUNTRIES);
  if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length]!;
  const code = pick(CODES);
  const cells = new Array<string>(GDELT2_EVENT_COLUMNS.length).fill('');
  const set = (name: string, value: string) => (cells[index.get(name)!] = value);
  set('GLOBALEVENTID', id);
  set('SQLDATE', '20240619');
  set('Actor1CountryCode', a);
  if (n % 3 === 0) {
    // A third of the events have a named official as their first actor (GOV-coded, as
    // GDELT codes ministers), so the import also keeps named actors apart.
    set('Actor1Code', `${a}GOV`);
    set('Actor1Type1Code', 'GOV');
    set('Actor1Name', `SYNTHETIC MINISTER ${a}${n % 11}`);
  } else {
    set('Actor1Code', a);
    set('Actor1Name', `SYNTHETIC ACTOR ${a}${n % 7}`);
  }
  set('Actor2Code', b);
  set('Actor2Name', `SYNTHETIC ACTOR ${b}${n % 5}`);
  set('Actor2CountryCode', b);
  set('EventCode', code);
  set('EventBaseCode', code);
  set('EventRootCode', code.slice(0, 2));
  set('QuadClass', String(QUAD(code)));
  set('GoldsteinScale', (random() * 20 - 10).toFixed(1));
  set('NumMentions', String(1 + Math.floor(random() * 10)));
  set('NumSources', '1');
  set('NumArticles', String(1 + Math.floor(random() * 10)));
  set('DATEADDED', '20240619120000');
  set('SOURCEURL', `https://example.org/synthetic/${n}`);
  eventOut.write(`${cells.join('\t')}\n`);
  const mention = [
    id,
    '20240619120000',
    '20240619121500',
    '1',
    'example.org',
    `https://example.org/synthetic/${n}`,
    '1',
    '10',
    '40',
    '25',
    '1',
    '80',
    '2000',
    '0',
    '',
    '',
  ];
  if (!mentionOut.write(`${mention.join('\t')}\n`))
    await new Promise<void>((r) => mentionOut.once('drain', () => r()));
}
await Promise.all([
  new Promise<void>((r) => eventOut.end(() => r())),
  new Promise<void>((r) => mentionOut.end(() => r())),
]);
console.log(`synthetic GDELT day: ${rows} events and ${rows} mentions in ${dir}`);
const run = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    'scripts/importData.ts',
    '--format',
    'gdelt',
    events,
    '--mentions',
    mentions,
    '--out',
    join(dir, 'day.json'),
    '--title',
    'Synthetic GDELT day (fictional actors)',
    '--synthetic',
    '--max-citations',
    '5',
  ],
  { encoding: 'utf8', stdio: 'inherit' },
);
process.exitCode = run.status ?? 1;
