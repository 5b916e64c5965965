/** The Express application: security headers, limits, JSON, auth, routes, one error handler. */
import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request } from 'express';
import rateLimit, { ipKeyGenerator } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { databaseReachable } from '../db/connect';
import { tokensNotBefore } from '../auth/token-rotations';
import type { Metrics } from '../metrics';
import { createServices } from '../services';
import type { ServiceDeps } from '../services/deps';
import { temporalReachable } from '../temporal/connect';
import { HttpError, errorHandler } from './errors';
import { DatabaseRateLimitStore } from './rate-limit-store';
import { authenticate, requireJson } from './middleware';
import { caseRoutes, notFoundRoute, staffRoutes } from './routes';
import { consoleRoutes } from './console';
import { handoffRoutes } from './handoff';
import { createLive } from './stream';

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export interface AppDeps extends ServiceDeps {
  config: Config;
  log: Logger;
  metrics: Metrics;
}

export function createApp(deps: AppDeps): Express {
  const { config, metrics } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(helmet());

  app.use((req, res, next) => {
    const end = metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const base = (res.locals.routeBase as string | undefined) ?? req.baseUrl;
      const route = req.route?.path ? `${base}${req.route.path}` : 'unmatched';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const [temporal, database] = await Promise.all([temporalReachable(deps.cases.client), databaseReachable()]);
    const ready = temporal && database;
    res
      .status(ready ? 200 : 503)
      .json(
        ready
          ? { status: 'ready', temporal, database }
          : { error: { code: 'unavailable', message: 'a dependency is unreachable', details: { temporal, database } } },
      );
  });
  // business figures: only for the scraper holding the metrics token
  app.get('/metrics', async (req, res, next) => {
    const token = config.METRICS_TOKEN;
    if (!token) return next(new HttpError('not_found', 'metrics are not served: set METRICS_TOKEN'));
    if (!sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
      return next(new HttpError('unauthorized', 'the metrics token is required'));
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  // one limit per client: a customer's case, a staff member, or (before they sign in) an address
  const clientKey = (req: Request) => {
    const p = req.principal;
    if (!p) return `ip:${ipKeyGenerator(req.ip ?? '')}`;
    return p.kind === 'customer' ? `case:${p.caseId}` : `staff:${p.id}`;
  };
  const limiter = (name: string, what: string, limit: number, keyOf: (req: Request) => string) =>
    rateLimit({
      windowMs: 60_000,
      limit,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      keyGenerator: keyOf,
      ...(config.RATE_LIMIT_STORE === 'database' ? { store: new DatabaseRateLimitStore(name) } : {}),
      handler: (_req, _res, next) => next(new HttpError('rate_limited', `too many ${what}; try again shortly`)),
    });
  const limits = {
    intake: limiter('intake', 'new cases', config.INTAKE_RATE_LIMIT, (req) => `ip:${ipKeyGenerator(req.ip ?? '')}`),
    write: limiter('write', 'requests', config.WRITE_RATE_LIMIT, clientKey),
  };
  const readLimit = limiter('read', 'requests', config.READ_RATE_LIMIT, clientKey);

  const services = createServices(deps);
  const api = express.Router();
  api.use((req, res, next) => {
    // an error leaves the router with baseUrl reset; the latency label keeps the mount point
    res.locals.routeBase = req.baseUrl;
    next();
  });
  api.use(requireJson);
  api.use(express.json({ limit: config.BODY_LIMIT, type: 'application/json' }));
  api.use(authenticate(deps.secret, tokensNotBefore));
  api.use((req, res, next) => (req.method === 'GET' ? readLimit(req, res, next) : next()));
  api.use(caseRoutes(services, limits));
  api.use(staffRoutes(services, limits));
  const live = (app.locals.live = createLive(deps.log));
  api.use(live.routes);
  api.use(handoffRoutes());
  api.use(notFoundRoute);
  app.use(consoleRoutes());
  app.use('/api', api);

  app.use(notFoundRoute);
  app.use(errorHandler(deps.log));
  return app;
}
