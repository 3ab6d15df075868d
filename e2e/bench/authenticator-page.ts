/** What the authenticator bench loads into Chromium: the shipped search, built for the browser. */
export { findDrift } from '../../src/authenticator/find-drift';
export { parseSecret } from '../../src/authenticator/parse-secret';
