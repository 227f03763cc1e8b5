/** Only same-site paths: `next=https://elsewhere` must not turn sign-in into an open redirect. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  // `//host` and `/\host` are read by browsers as another origin.
  return value.startsWith('//') || value.startsWith('/\\') ? '/' : value;
}
