/** The `code` of a Node system error (ENOENT, EADDRINUSE...) or of a Postgres error (42P04...). */
export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

/** A `.catch()` handler that swallows one expected error code and rethrows everything else. */
export function ignoreCode(code: string): (err: unknown) => void {
  return (err) => {
    if (errorCode(err) !== code) throw err;
  };
}
