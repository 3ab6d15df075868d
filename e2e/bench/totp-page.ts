/** What the authenticator bench loads into Chromium: the shipped search, built for the browser. */
export { findDrift } from '../../src/totp/find-drift';
export { parseSecret } from '../../src/totp/parse-secret';
