/**
 * Minimal environment for Postgres processes: when root they run as another user who can read
 * /proc/<pid>/environ, so the gateway's secrets must not be passed along. English messages because we
 * match on them.
 */
export function childEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...(process.env.TZ ? { TZ: process.env.TZ } : {}),
    LC_MESSAGES: 'C',
  };
}
