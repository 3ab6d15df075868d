/** ±10 min: further off than this, a match would as likely be chance as drift. */
export const searchSpanMs = 10 * 60_000;
