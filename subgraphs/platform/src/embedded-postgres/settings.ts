/** Both the OS user the server runs as (when we are root) and the database superuser role. */
export const SUPERUSER = 'postgres';
/** The server listens on loopback only, over TCP. */
export const HOST = '127.0.0.1';
/** Named in error messages so users know how to pick another port. */
export const PORT_ENV_VAR = 'EMBEDDED_POSTGRES_PORT';
