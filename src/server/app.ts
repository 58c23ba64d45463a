// The HTTP API as a Fastify instance: JSON routes (one feature a file under routes/), one error handler
// producing `{ error: { code, message } }` with ParkLensError codes, an OpenAPI document, an answer cache
// keyed by the store's generation, and the built web app served at / with an SPA fallback.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { ERROR_CODES, ParkLensError, type ErrorCode } from '../errors.js';
import type { Store } from '../store/store.js';
import type { SearchPool } from './search-pool.js';
import { collectRoute, openApiDocument, type CollectedRoute } from './openapi.js';
import articleRoutes from './routes/articles.js';
import compareRoutes from './routes/compare.js';
import documentRoutes from './routes/documents.js';
import entityRoutes from './routes/entities.js';
import incentiveRoutes from './routes/incentives.js';
import overviewRoutes from './routes/overview.js';
import parkRoutes from './routes/parks.js';
import searchRoutes from './routes/search.js';

export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** Bearer token that enables POST /api/documents; uploads are off without one. */
  token?: string;
  maxUploadBytes?: number;
  /** Folder of the built web app (default web/dist); served at / when it exists. */
  webRoot?: string;
  /** Cache GET /api answers until the store changes (default on). */
  cache?: boolean;
  logger?: boolean;
  /** Runs GET /api/search on these threads instead of the store's own connection. */
  searchPool?: SearchPool;
}

export interface RouteOptions {
  store: Store;
  searchPool?: SearchPool;
  token?: string;
  maxUploadBytes: number;
}

const CACHE_ENTRIES = 5000;

/** Fastify's own error codes that mean the client sent something wrong, mapped to ours. */
function codeFor(error: FastifyError): ErrorCode {
  if (error instanceof ParkLensError) return error.code;
  if (error.validation) return 'E_USAGE';
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) return 'E_TOO_LARGE';
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) return 'E_USAGE';
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return 'E_USAGE';
  return 'E_INTERNAL';
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Query strings like ?limit=abc must fail validation, not be coerced to something else.
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
    routerOptions: { maxParamLength: 200 },
  });
  const routeOptions: RouteOptions = {
    store: options.store,
    searchPool: options.searchPool,
    token: options.token || undefined,
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
  };

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = codeFor(error);
    const status = error instanceof ParkLensError ? error.httpStatus : ERROR_CODES[code].http;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const message = code === 'E_INTERNAL' ? 'internal error' : error.message;
    const subject = error instanceof ParkLensError ? (error.subject ?? null) : null;
    reply.code(status).type('application/json').send({ error: { code, message, subject } });
  });

  const routes: CollectedRoute[] = [];
  app.addHook('onRoute', (route) => collectRoute(route, routes));

  // Answer cache: the knowledge base only changes on ingest, so a GET's answer stays right until then.
  if (options.cache !== false) {
    // Answers as sent: JSON text, or UTF-8 bytes when the store had them ready (park profiles).
    const cache = new Map<string, string | Buffer>();
    let generation = options.store.generation();
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || !request.url.startsWith('/api/')) return;
      if (options.store.generation() !== generation) {
        cache.clear();
        generation = options.store.generation();
      }
      const hit = cache.get(request.url);
      if (hit !== undefined) return reply.code(200).type('application/json; charset=utf-8').header('x-cache', 'hit').send(hit);
    });
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method === 'GET' && reply.statusCode === 200 && request.url.startsWith('/api/') && (typeof payload === 'string' || Buffer.isBuffer(payload)) && !reply.getHeader('x-cache')) {
        if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
        cache.set(request.url, payload);
      }
      return payload;
    });
  }

  await app.register(parkRoutes, routeOptions);
  await app.register(compareRoutes, routeOptions);
  await app.register(searchRoutes, routeOptions);
  await app.register(articleRoutes, routeOptions);
  await app.register(entityRoutes, routeOptions);
  await app.register(incentiveRoutes, routeOptions);
  await app.register(overviewRoutes, routeOptions);
  await app.register(documentRoutes, routeOptions);

  app.get('/openapi.json', async () => openApiDocument(routes, { title: 'ParkLens API', version: '1' }));

  const webRoot = path.resolve(options.webRoot ?? 'web/dist');
  const hasWeb = existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: true, index: ['index.html'] });

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0]!;
    if (hasWeb && request.method === 'GET' && !url.startsWith('/api/') && url !== '/openapi.json') {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    reply.code(404).send({ error: { code: 'E_NOT_FOUND', message: `no route ${request.method} ${url}`, subject: null } });
  });

  return app;
}
