// The port the binders read a catalogue through: text() for a message without parameters, format() for one
// with. The real one (compile.ts) compiles each ICU message once per locale; a test one records the keys.
import type { MessageKey } from './catalogues/en';

export type MessageValue = string | number;

export interface Messages {
  text(key: MessageKey): string;
  format(key: MessageKey, values: Record<string, MessageValue>): string;
}
