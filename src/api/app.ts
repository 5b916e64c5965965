/** The Express application: security headers, limits, JSON, auth, routes, one error handler. */
import express, { type Express } from 'express';
import rateLimit from 'express-rate-limit';
import helmet from 'helmet';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { databaseReachable } from '../db/connect';
import type { Metrics } from '../metrics';
import type { Dispatcher } from '../pool/dispatcher';
import { temporalReachable } from '../temporal/connect';
import { ApiError, errorHandler } from './errors';
import { authenticate, requireJson } from './middleware';
import { caseRoutes, staffRoutes } from './routes';
import { createServices } from './services';

export interface AppDeps {
  client: Client;
  config: Config;
  secret: string;
  dispatch: Dispatcher;
  log: Logger;
  metrics: Metrics;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(helmet());

  app.use((req, res, next) => {
    const end = deps.metrics.httpDuration.startTimer();
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
    const [temporal, database] = await Promise.all([temporalReachable(deps.client), databaseReachable()]);
    const ready = temporal && database;
    res
      .status(ready ? 200 : 503)
      .json(
        ready
          ? { status: 'ready', temporal, database }
          : { error: { code: 'unavailable', message: 'a dependency is unreachable', details: { temporal, database } } },
      );
  });
  app.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  const intakeLimiter = rateLimit({
    windowMs: 60_000,
    limit: deps.config.INTAKE_RATE_LIMIT,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next, options) =>
      next(new ApiError('rate_limited', `too many new cases; try again in ${Math.ceil(options.windowMs / 1000)} s`)),
  });

  const services = createServices(deps);
  const api = express.Router();
  api.use((req, res, next) => {
    // an error leaves the router with baseUrl reset; the latency label keeps the mount point
    res.locals.routeBase = req.baseUrl;
    next();
  });
  api.use(requireJson);
  api.use(express.json({ limit: deps.config.BODY_LIMIT, type: 'application/json' }));
  api.use(authenticate(deps.secret));
  api.use(caseRoutes(services, intakeLimiter));
  api.use(staffRoutes(services));
  api.use((_req, _res, next) => next(new ApiError('not_found', 'no such endpoint')));
  app.use('/api', api);

  app.use((_req, _res, next) => next(new ApiError('not_found', 'no such endpoint')));
  app.use(errorHandler(deps.log));
  return app;
}
