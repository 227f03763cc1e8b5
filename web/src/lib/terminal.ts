/**
 * The terminal a lookup comes from, as the gateway writes it into the audit trail (client
 * address from `x-forwarded-for`, and the User-Agent). The portal's server asks the gateway on
 * the user's behalf, so without these the trail would name the portal's server (127.0.0.1,
 * "node") as the terminal of every page a caseworker opens.
 */
const MAX_USER_AGENT = 300;

/**
 * The headers that carry the browser's terminal on to the gateway: the first address of the
 * incoming `x-forwarded-for` (Next sets it to the peer's address when no proxy did) and the
 * browser's User-Agent.
 */
export function terminalHeaders(incoming: Headers): Record<string, string> {
  const forwarded: Record<string, string> = {};
  const address = headerText(incoming.get('x-forwarded-for')?.split(',')[0]?.trim());
  if (address) forwarded['x-forwarded-for'] = address;
  const userAgent = headerText(incoming.get('user-agent')?.trim());
  if (userAgent) forwarded['user-agent'] = userAgent.slice(0, MAX_USER_AGENT);
  return forwarded;
}

/**
 * Printable ASCII only: a header value with anything else (bytes a client sent as Latin-1) would
 * make fetch or the socket's upgrade request throw, and the caseworker's page would fail for it.
 */
function headerText(value: string | undefined): string | undefined {
  return value?.replace(/[^\x20-\x7E]/g, '?');
}
