// Small platform facts for the UI (durations and times are formatted by the i18n layer: t.format).
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
