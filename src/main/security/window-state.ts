// Window size and position, saved between runs; validated and clamped so a window never opens off-screen
// (a monitor unplugged since) or absurdly small.
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState extends Bounds {
  maximized: boolean;
}

export const DEFAULT_STATE: WindowState = { x: 80, y: 60, width: 1280, height: 800, maximized: false };
const MIN = { width: 800, height: 560 };

export function parseWindowState(raw: unknown): WindowState | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const nums = ['x', 'y', 'width', 'height'].map((k) => r[k]);
  if (!nums.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const [x, y, width, height] = nums as number[];
  return { x: x!, y: y!, width: width!, height: height!, maximized: r.maximized === true };
}

/** Fits the saved bounds onto one of the displays' work areas, or falls back to the first display. */
export function fitToDisplays(state: WindowState | null, displays: Bounds[]): WindowState {
  const s = state ?? DEFAULT_STATE;
  const primary = displays[0] ?? { x: 0, y: 0, width: 1280, height: 800 };
  const visible = displays.find(
    (d) => s.x < d.x + d.width - 100 && s.x + s.width > d.x + 100 && s.y >= d.y - 10 && s.y < d.y + d.height - 100,
  );
  const area = visible ?? primary;
  const width = Math.max(MIN.width, Math.min(s.width, area.width));
  const height = Math.max(MIN.height, Math.min(s.height, area.height));
  const x = visible ? Math.min(Math.max(s.x, area.x), area.x + area.width - width) : area.x + Math.round((area.width - width) / 2);
  const y = visible ? Math.min(Math.max(s.y, area.y), area.y + area.height - height) : area.y + Math.round((area.height - height) / 2);
  return { x, y, width, height, maximized: s.maximized };
}
