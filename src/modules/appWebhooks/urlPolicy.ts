// Which URLs may receive webhooks. The gateway sends requests where an organization tells it to, so an endpoint
// must not reach the gateway's own network (SSRF): https only, and no address that is loopback, private,
// link-local (cloud metadata lives there), CGNAT, or any other non-public range. Checked here at registration
// (every address the name resolves to), and again at connect time by request-filtering-agent (sender.ts), so a
// name that later resolves elsewhere (DNS rebinding) is refused too.
import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { ValidationError } from '../../errors.js';

export interface UrlPolicy {
  /** Development and tests: http and private or loopback addresses are allowed. */
  allowPrivate: boolean;
  /** Resolves a host name to all its addresses (dns.lookup by default; tests put a fake here). */
  lookup?: (hostname: string) => Promise<string[]>;
}

const MAX_URL_LENGTH = 2_000;

/** Whether an address is on the public internet (ipaddr.js calls that range `unicast`). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
  return ipaddr.process(address).range() === 'unicast';
}

async function resolveAll(hostname: string): Promise<string[]> {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => entry.address);
}

/** The URL as it will be called, or a ValidationError (argument `url`) saying why it cannot receive webhooks. */
export async function checkEndpointUrl(raw: string, policy: UrlPolicy): Promise<string> {
  const refuse = (reason: string) => new ValidationError('url', `url ${reason}.`);
  if (raw.length > MAX_URL_LENGTH) throw refuse(`must be at most ${String(MAX_URL_LENGTH)} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('must be an absolute URL, e.g. https://app.example.com/webhooks');
  }
  const allowed = policy.allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol)) throw refuse(policy.allowPrivate ? 'must be http or https' : 'must use https');
  if (url.username || url.password) throw refuse('must not contain credentials');
  if (url.hash) throw refuse('must not have a #fragment');
  if (policy.allowPrivate) return url.toString();
  // URL keeps IPv6 literals in brackets.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = await (policy.lookup ?? resolveAll)(host);
    } catch {
      throw refuse(`host ${host} could not be resolved`);
    }
    if (addresses.length === 0) throw refuse(`host ${host} could not be resolved`);
  }
  const inner = addresses.find((address) => !isPublicAddress(address));
  if (inner !== undefined) {
    throw refuse(`must reach a public address: ${host} is ${inner}, a loopback, private, link-local or otherwise reserved address`);
  }
  return url.toString();
}
