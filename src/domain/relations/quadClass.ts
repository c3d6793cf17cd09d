/**
 * CAMEO (Conflict and Mediation Event Observations) root codes and the QuadClass
 * each falls in, as used by GDELT and other event-data sets: roots 01–05 are verbal
 * cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material
 * conflict.
 */
export const CAMEO_ROOTS = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
} as const;

export type CameoRoot = keyof typeof CAMEO_ROOTS;

export const QUAD_CLASSES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/**
 * English names of QuadClasses, for files and scripts. The UI names them in its
 * language through the translation layer (terms.quadClass).
 */
export const QUAD_CLASS_LABELS: Record<QuadClass, string> = {
  'verbal-cooperation': 'Verbal cooperation',
  'material-cooperation': 'Material cooperation',
  'verbal-conflict': 'Verbal conflict',
  'material-conflict': 'Material conflict',
};

/** A CAMEO code: a root of two digits, optionally refined by one or two more (`04`, `061`, `1041`). */
export const CAMEO_CODE_PATTERN = /^(0[1-9]|1[0-9]|20)[0-9]{0,2}$/;

/**
 * The root of a CAMEO code, or null when the code is malformed.
 * @example cameoRootOf('062') // '06'
 */
export function cameoRootOf(code: string): CameoRoot | null {
  return CAMEO_CODE_PATTERN.test(code) ? (code.slice(0, 2) as CameoRoot) : null;
}

/**
 * The QuadClass of a CAMEO code, or null when the code is malformed.
 * @example quadClassOf('04') // 'verbal-cooperation'
 */
export function quadClassOf(code: string): QuadClass | null {
  const root = cameoRootOf(code);
  if (root === null) return null;
  const n = Number(root);
  if (n <= 5) return 'verbal-cooperation';
  if (n <= 8) return 'material-cooperation';
  if (n <= 13) return 'verbal-conflict';
  return 'material-conflict';
}
