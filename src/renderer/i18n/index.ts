// The active strings. English only for now; a locale store picks hu/lv here once they exist.
import { en, type Strings } from './en';

export type { Strings };
export const strings: Strings = en;

export function useStrings(): Strings {
  return strings;
}
