import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadContract } from '../../src/contracts/load.js';
import { verifyContract, type VerifyOptions } from '../../src/verify/index.js';
import { REPO } from '../support/cli.js';

export const CONTRACT = join(REPO, 'examples/verify-service/openapi.yaml');
export const TOKEN = 'verify-secret';
export const AUTH = { Authorization: `Bearer ${TOKEN}` };

/** The example service's handle (examples/verify-service/server.mjs). */
export interface Service {
  url: string;
  port: number;
  received: Array<{ method: string; path: string }>;
  size(): number;
  close(): Promise<void>;
}

interface ServiceModule {
  start(options?: { faults?: string[]; rateLimit?: number }): Promise<Service>;
  FAULTS: Record<string, string>;
}

export async function serviceModule(): Promise<ServiceModule> {
  return (await import(pathToFileURL(join(REPO, 'examples/verify-service/server.mjs')).href)) as ServiceModule;
}

/** Starts the example service with `faults`, verifies it, stops it. */
export async function verifyService(faults: string[], options: Partial<VerifyOptions> = {}) {
  const { start } = await serviceModule();
  const service = await start({ faults });
  try {
    const result = await verifyContract(loadContract(CONTRACT, { cwd: REPO }), { baseUrl: service.url, headers: AUTH, cwd: REPO, ...options });
    return { ...result, received: [...service.received], size: service.size() };
  } finally {
    await service.close();
  }
}
