import { encodeView } from './viewCodec.ts';
import { DEFAULT_VIEW, type ViewState } from './viewState.ts';

const PLAIN = encodeView(DEFAULT_VIEW);

/**
 * Whether a view only opens a dataset: it names no more than the dataset, its
 * version and the language, as a bare address (`/`, `?data=x`) or the dataset
 * switcher does. Any other view state, were it only a camera, is someone's view.
 * @example isPlainView({ ...DEFAULT_VIEW, data: 'fictional-veld', lang: 'tr' }) // true
 * @example isPlainView({ ...DEFAULT_VIEW, selected: 'russia' }) // false
 */
export function isPlainView(view: ViewState): boolean {
  // Compared as a link writes it: what a link leaves out is at its default.
  return encodeView({ ...view, data: null, dataVersion: null, lang: null }) === PLAIN;
}
