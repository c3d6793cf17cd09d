import 'i18next';
import type { onDemandEn } from './onDemand.ts';
import type { en } from './stringsEn.ts';

// Typed keys: `t('no.such.key')` fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en & typeof onDemandEn };
  }
}
