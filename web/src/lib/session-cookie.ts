/** The session cookie's name, shared by proxy.ts (which must stay light) and the session module. */
export const SESSION_COOKIE = 'sc_session';
