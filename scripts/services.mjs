// Checks that PostgreSQL, NATS and Redis answer on 127.0.0.1 for the service-backed suites,
// starting a stopped one with the command this machine documents. Throws (failing the suite)
// when one cannot be reached: CI must never skip them silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SERVICES = [
  {
    name: 'PostgreSQL',
    port: 5432,
    binary: '/usr/bin/pg_ctlcluster',
    apt: 'postgresql',
    start: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  },
  {
    name: 'Redis',
    port: 6379,
    binary: '/usr/bin/redis-server',
    apt: 'redis-server',
    start:
      'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log',
  },
  {
    name: 'NATS',
    port: 4222,
    binary: '/usr/sbin/nats-server',
    apt: 'nats-server',
    start:
      'start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log',
  },
];

const CONNECT_TIMEOUT_MS = 1_000;
const START_WAIT_MS = 20_000;

function answersSync(port) {
  const script = `const s=require('net').connect(${port},'127.0.0.1');s.on('connect',()=>process.exit(0));s.on('error',()=>process.exit(1));setTimeout(()=>process.exit(1),${CONNECT_TIMEOUT_MS})`;
  try {
    execSync(`node -e "${script}"`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Synchronous so scripts/test.mjs can call it between steps. */
export function ensureServices() {
  for (const service of SERVICES) {
    if (answersSync(service.port)) {
      console.log(`${service.name}: up on 127.0.0.1:${service.port}`);
      continue;
    }
    console.log(`${service.name}: not answering on ${service.port}; starting it`);
    if (!existsSync(service.binary)) {
      console.log(`${service.name}: not installed; apt-get install ${service.apt}`);
      try {
        execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -q ${service.apt}`, { stdio: 'inherit' });
      } catch (error) {
        throw new Error(`${service.name} is not installed and apt-get install ${service.apt} failed: ${error.message}`);
      }
    }
    try {
      execSync(service.start, { stdio: 'inherit', shell: '/bin/bash' });
    } catch (error) {
      throw new Error(`${service.name} could not be started (${service.start}): ${error.message}`);
    }
    const deadline = Date.now() + START_WAIT_MS;
    while (!answersSync(service.port)) {
      if (Date.now() > deadline) throw new Error(`${service.name} still not answering on ${service.port} after start`);
      execSync('sleep 0.5');
    }
    console.log(`${service.name}: started`);
  }
}
