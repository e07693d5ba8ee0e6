/** Checking the port up front, so a taken port fails with advice instead of a Postgres log line. */
import net from 'node:net';
import { errorCode } from './error-code';
import { HOST, PORT_ENV_VAR } from './settings';

export function portInUseError(port: number): Error {
  return new Error(
    `Port ${port} on ${HOST} is already in use, so embedded Postgres cannot listen on it; ` +
      `set ${PORT_ENV_VAR} to a free port (e.g. ${PORT_ENV_VAR}=${port === 65535 ? port - 1 : port + 1})`,
  );
}

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err) => reject(errorCode(err) === 'EADDRINUSE' ? portInUseError(port) : err));
    probe.listen({ port, host: HOST, exclusive: true }, () => probe.close(() => resolve()));
  });
}
