import net from 'node:net';

/**
 * A TCP relay in front of the real Neo4j that fails the way networks do: it
 * can cut the connections open now at their next request (as when a pooled
 * connection has died unnoticed) and refuse new ones (as while the database
 * is away). Everything else passes through unchanged.
 */
export class CuttingProxy {
  /** Connections cut at a request so far. */
  cut = 0;
  /** Connections refused so far. */
  refused = 0;
  private refusing = false;
  private readonly doomed = new WeakSet<net.Socket>();
  private readonly clients = new Set<net.Socket>();
  private readonly server: net.Server;

  private constructor(target: { host: string; port: number }) {
    this.server = net.createServer((client) => {
      if (this.refusing) {
        this.refused += 1;
        client.destroy();
        return;
      }
      const upstream = net.connect(target.port, target.host);
      this.clients.add(client);
      client.on('data', (chunk) => {
        if (this.doomed.has(client)) {
          this.cut += 1;
          client.destroy();
          return;
        }
        upstream.write(chunk);
      });
      upstream.on('data', (chunk) => client.write(chunk));
      client.on('close', () => {
        this.clients.delete(client);
        upstream.destroy();
      });
      upstream.on('close', () => client.destroy());
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
  }

  /** A relay on a free loopback port to the Bolt address `uri` (bolt://host:port). */
  static async start(uri: string): Promise<CuttingProxy> {
    const { hostname, port } = new URL(uri);
    const proxy = new CuttingProxy({ host: hostname, port: Number(port) });
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  /** Every connection open now is cut when it next carries a request; later ones are not. */
  cutOpenConnections(): void {
    for (const client of this.clients) this.doomed.add(client);
  }

  /** While on, every new connection is closed as soon as it is accepted. */
  refuseConnections(on: boolean): void {
    this.refusing = on;
  }

  async stop(): Promise<void> {
    for (const client of this.clients) client.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
