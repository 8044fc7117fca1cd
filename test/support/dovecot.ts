import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server, Socket, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

/** A real Dovecot IMAP server on loopback, in a temp dir, for the e-mail tests and bench. */
export interface DovecotServer {
  host: string;
  port: number;
  dir: string;
  /** adds a passwd-file user (maildir under the temp dir) */
  addUser(user: string, password: string): void;
  /** a logged-in client for the test side (APPEND, flags, folder changes) */
  client(user: string, password: string): Promise<ImapFlow>;
  /** how many IMAP sessions of `user` the server still runs (`doveadm who`): a dropped client's session ends a little later */
  sessions(user: string): number;
  log(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function dovecotBinary(): string {
  for (const candidate of ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot']) if (existsSync(candidate)) return candidate;
  // Debian package; the test setup installs it when missing
  try {
    execFileSync('apt-get', ['install', '-y', 'dovecot-imapd'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'ignore' });
    execFileSync('apt-get', ['install', '-y', 'dovecot-imapd'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return '/usr/sbin/dovecot';
}

function uidOf(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) throw new Error(`user ${name} is missing (is dovecot installed?)`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

async function waitForPort(port: number, timeoutMs: number, log: () => string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not listen on ${port}:\n${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startDovecot(): Promise<DovecotServer> {
  const binary = dovecotBinary();
  const dir = mkdtempSync(join(tmpdir(), 'stw-dovecot-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const mailOwner = uidOf('dovenull');
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub), { recursive: true });
  chownSync(join(dir, 'mail'), mailOwner.uid, mailOwner.gid);
  const passwd = join(dir, 'passwd');
  writeFileSync(passwd, '');
  const logPath = join(dir, 'dovecot.log');
  const config = `
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${logPath}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 100
mail_location = maildir:${dir}/mail/%u
mailbox_idle_check_interval = 1 secs
imap_idle_notify_interval = 10 secs
mail_max_userip_connections = 200
default_login_user = dovenull
default_internal_user = dovecot
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${passwd}
}
userdb {
  driver = static
  args = uid=${mailOwner.uid} gid=${mailOwner.gid} home=${dir}/mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  process_min_avail = 1
}
service imap {
  process_limit = 256
}
`;
  const configPath = join(dir, 'dovecot.conf');
  writeFileSync(configPath, config);
  const child: ChildProcess = spawn(binary, ['-F', '-c', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const log = () => `${output}\n${existsSync(logPath) ? readFileSync(logPath, 'utf8') : ''}`;
  await waitForPort(port, 15_000, log);
  return {
    host: '127.0.0.1',
    port,
    dir,
    addUser(user, password) {
      writeFileSync(passwd, `${readFileSync(passwd, 'utf8')}${user}:{PLAIN}${password}::::::\n`);
    },
    async client(user, password) {
      const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user, pass: password }, logger: false, disableAutoIdle: true, disableCompression: true });
      client.on('error', () => undefined);
      await client.connect();
      return client;
    },
    sessions(user) {
      const out = execFileSync('doveadm', ['-c', configPath, 'who', '-1'], { encoding: 'utf8' });
      return out.split('\n').filter((line) => line.split(/\s+/)[0] === user).length;
    },
    log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A loopback TCP proxy in front of a server, so a test can cut every live connection at once
 * (a dropped network during IDLE) while new connections keep working.
 */
export interface TcpProxy {
  port: number;
  /** destroys every open connection */
  dropAll(): number;
  /** drops every connection and refuses new ones until `resume()` (the server is "down for maintenance") */
  pause(): number;
  resume(): void;
  connections(): number;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const live = new Set<Socket>();
  let paused = false;
  const server: Server = createServer((client) => {
    if (paused) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, targetHost);
    live.add(client);
    const done = () => {
      live.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', done).on('close', done);
    upstream.on('error', done).on('close', done);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    dropAll() {
      const count = live.size;
      for (const socket of [...live]) socket.destroy();
      return count;
    },
    pause() {
      paused = true;
      const count = live.size;
      for (const socket of [...live]) socket.destroy();
      return count;
    },
    resume() {
      paused = false;
    },
    connections: () => live.size,
    close: () =>
      new Promise((resolve) => {
        for (const socket of live) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
