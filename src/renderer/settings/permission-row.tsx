// Whether this console may show desktop notifications at all, and a button to ask (the browser edition:
// the browser asks the agent, inside this click). The desktop app always may.
import { useState } from 'react';
import { useStrings } from '../i18n';
import { webNotifier } from '../notify/notifier-web';

type Permission = 'granted' | 'denied' | 'default';

function current(): Permission {
  if ((window as { consoleNotify?: unknown }).consoleNotify) return 'granted';
  return webNotifier(window).permission();
}

export function PermissionRow() {
  const t = useStrings();
  const [permission, setPermission] = useState<Permission>(current);
  const n = t.notifySettings;
  return (
    <div className="permission-row" data-testid="notify-permission" data-value={permission}>
      <p className={permission === 'granted' ? 'muted' : undefined}>{n.permission[permission]}</p>
      {permission === 'default' ? (
        <button type="button" data-testid="notify-allow" onClick={() => void webNotifier(window).requestPermission().then(setPermission)}>
          {n.allow}
        </button>
      ) : null}
    </div>
  );
}
