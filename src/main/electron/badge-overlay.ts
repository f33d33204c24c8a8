// Windows has no badge count (app.setBadgeCount answers false there): the taskbar button gets an overlay
// dot instead, described for screen readers in the agent's words, and the count itself is in the window
// title (the renderer puts it there). The dot is drawn here, so no image file has to ship for it.
import { nativeImage, type BrowserWindow, type NativeImage } from 'electron';

const SIZE = 16;
let dot: NativeImage | null = null;

/** A filled red circle on transparency, 16×16 BGRA (Windows' bitmap order). */
function badgeDot(): NativeImage {
  if (dot) return dot;
  const px = Buffer.alloc(SIZE * SIZE * 4);
  const c = (SIZE - 1) / 2;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      if ((x - c) ** 2 + (y - c) ** 2 > (SIZE / 2) ** 2) continue;
      px.set([0x2f, 0x2f, 0xd3, 0xff], (y * SIZE + x) * 4);
    }
  }
  dot = nativeImage.createFromBitmap(px, { width: SIZE, height: SIZE });
  return dot;
}

export function setBadgeOverlay(win: BrowserWindow, count: number, label: string): void {
  if (count > 0) win.setOverlayIcon(badgeDot(), label);
  else win.setOverlayIcon(null, '');
}
