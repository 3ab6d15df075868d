/** The two cleanup scopes a message may name; a message never names a domain or an origin. */
export const cleanupScopes = ['seller-central', 'amazon-sign-in'] as const;

export type CleanupScope = (typeof cleanupScopes)[number];

export function isCleanupScope(value: unknown): value is CleanupScope {
  return typeof value === 'string' && (cleanupScopes as readonly string[]).includes(value);
}
