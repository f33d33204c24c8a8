// The English strings (the catalogue itself is catalogues/en.ts), for tests and code that want English
// whatever the active locale.
import { stringsFor, type Strings } from './bind-strings';

export type { Strings };
export const en: Strings = stringsFor('en');
