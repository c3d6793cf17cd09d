/**
 * The https origin the e2e build lets `?data=` load from (VITE_DATA_ORIGINS, set by
 * playwright.config.ts). Nothing is served there: the tests answer its requests.
 */
export const E2E_DATA_ORIGIN = 'https://data.diplograph.test';
