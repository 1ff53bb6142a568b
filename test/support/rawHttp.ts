// Requests written byte for byte over a socket: what fetch refuses to send (a malformed Content-Length, headers
// too large, a broken request line, a body that never ends), and answers read with every header as sent.
import { once } from 'node:events';
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  /** Header lines as sent, names lower-cased, duplicates kept. */
  headers: [string, string][];
  body: string;
}

/** Sends `text` as is over a new connection to `url`'s host and reads the answer until the server closes it. */
export async function rawRequest(url: string, text: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => {
    // A reset after the answer is part of the exchange here.
  });
  socket.write(text);
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  await once(socket, 'close');
  const [head = '', ...rest] = received.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  return {
    status: Number(statusLine.split(' ')[1]),
    headers: lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    body: rest.join('\r\n\r\n'),
  };
}
