// Builds the OpenAPI 3.1 document from the schemas the routes were registered with (collected by an
// onRoute hook), so /openapi.json always describes the routes as they validate and serialise.
import type { RouteOptions } from 'fastify';

type Schema = Record<string, any>;

export interface CollectedRoute {
  method: string;
  url: string;
  schema: Schema;
}

export function collectRoute(route: RouteOptions, into: CollectedRoute[]) {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  if (!route.url.startsWith('/api/') || !route.schema) return;
  for (const method of methods) {
    if (method === 'HEAD') continue;
    into.push({ method: method.toLowerCase(), url: route.url, schema: route.schema as Schema });
  }
}

function parameters(schema: Schema | undefined, where: 'query' | 'path'): Schema[] {
  if (!schema?.properties) return [];
  const required = new Set<string>(schema.required ?? []);
  return Object.entries(schema.properties as Record<string, Schema>).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
  }));
}

export function openApiDocument(routes: CollectedRoute[], info: { title: string; version: string }): Schema {
  const paths: Schema = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const { schema } = route;
    const responses: Schema = {};
    for (const [status, body] of Object.entries((schema.response ?? {}) as Record<string, Schema>)) {
      responses[status] = { description: status.startsWith('2') ? 'OK' : 'error: { error: { code, message } }', content: { 'application/json': { schema: body } } };
    }
    const operation: Schema = {
      summary: schema.summary,
      parameters: [...parameters(schema.params, 'path'), ...parameters(schema.querystring, 'query')],
      responses,
    };
    if (route.method === 'post') {
      operation.requestBody = { required: true, content: { 'text/plain': { schema: { type: 'string' } }, 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };
      operation.security = [{ bearer: [] }];
    }
    (paths[path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

declare module 'fastify' {
  interface FastifySchema {
    /** One line for the OpenAPI document. */
    summary?: string;
  }
}
