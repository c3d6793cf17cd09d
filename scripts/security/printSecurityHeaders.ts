// Prints the app's security headers in the configuration syntax of common static
// hosts, for the data origins this build allows: VITE_DATA_ORIGINS from the
// environment or a .env file, as `vite build` reads it.
//   npm run security:headers
//   VITE_DATA_ORIGINS=https://data.example.org npm run security:headers
import { loadEnv } from 'vite';
import { parseDataOrigins } from '../../src/dataset/parseDataOrigins.ts';
import { contentSecurityPolicy, securityHeaders } from './contentSecurityPolicy.ts';
import { HOSTS, hostHeaderConfigs } from './hostHeaderConfigs.ts';

const dataOrigins = parseDataOrigins(
  loadEnv('production', process.cwd(), 'VITE_').VITE_DATA_ORIGINS,
);
const configs = hostHeaderConfigs(securityHeaders(dataOrigins));
console.log(
  `Data origins: ${dataOrigins.length === 0 ? 'none (same origin only)' : dataOrigins.join(', ')}\n`,
);
for (const host of HOSTS) console.log(`# ${host}\n${configs[host]}\n`);
console.log(
  `# meta tag (already in the built index.html)\n${contentSecurityPolicy(dataOrigins, 'meta')}`,
);
