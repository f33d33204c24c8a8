// Serves the renderer↔main contract as bridge frames over one link: the browser edition's loopback
// WebSocket, or a MessagePort main handed a desktop window's sync worker. Every request goes through
// dispatch() (validated against the contract); every service event is forwarded while the link is open.
import { BridgeClientFrame } from '../../shared/bridge-protocol';
import { dispatch } from './dispatch';
import type { ApiHandlers } from './handlers';

export interface FrameLink {
  send(text: string): void;
  /** A frame that does not parse: the link is ended (its peer is not our page). */
  refuse(): void;
  isOpen(): boolean;
}

/** Returns what to call with each incoming frame, and a dispose for when the link closes. */
export function serveFrames(handlers: ApiHandlers, link: FrameLink): { receive(data: unknown): void; dispose(): void } {
  const unsubscribe = handlers.subscribe((name, payload) => {
    if (link.isOpen()) link.send(JSON.stringify({ t: 'evt', name, payload }));
  });
  return {
    receive(data) {
      void (async () => {
        let frame: BridgeClientFrame;
        try {
          frame = BridgeClientFrame.parse(JSON.parse(String(data)));
        } catch {
          link.refuse();
          return;
        }
        const result = await dispatch(handlers, frame.name, frame.input);
        if (link.isOpen()) link.send(JSON.stringify({ t: 'res', id: frame.id, ...result }));
      })();
    },
    dispose: unsubscribe,
  };
}
