// A MessagePort (desktop edition: main hands the window one per sync worker) dressed as the socket the
// bridge client speaks to, so the same frames and the same client carry the contract over it. A port is
// open from the start and never closes on its own: main going away ends the whole app.
import type { SocketLike } from './bridge.web';

export function portSocket(port: MessagePort): SocketLike {
  const s: SocketLike = {
    onopen: null,
    onmessage: null,
    onclose: null,
    send: (data) => port.postMessage(data),
    close: () => port.close(),
  };
  port.onmessage = (e: MessageEvent) => s.onmessage?.({ data: e.data });
  port.start();
  queueMicrotask(() => s.onopen?.({}));
  return s;
}
