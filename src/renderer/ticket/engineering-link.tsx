// The engineering issue a ticket is linked to, as a real link: a click or Enter opens it in a new
// window, which the desktop shell hands to the OS browser only if it is plain http(s) (main's
// trusted-url check, in its window-open handler). Anything else a row might hold (written before the
// contract took http(s) only) shows as text.
import { MutationArgs } from '../../shared/mutations';
import { useStrings } from '../i18n';

const isWebUrl = (raw: string) => MutationArgs.setEngineeringLink.shape.url.safeParse(raw).success;

export function EngineeringLink({ url }: { url: string | null }) {
  const t = useStrings();
  if (!url) return <span className="muted">{t.ticket.noEngineeringLink}</span>;
  if (!isWebUrl(url)) return <span className="engineering-link">{url}</span>;
  return (
    <a className="engineering-link" data-testid="engineering-link-anchor" href={url} target="_blank" rel="noopener noreferrer" title={url}>
      {url}
    </a>
  );
}
