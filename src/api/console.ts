/**
 * The web console, served by the API process (same origin, no extra server): the built single-page app
 * from `dist/console` at `/`, `/agent`, `/supervisor` and `/api/docs`, its hashed assets, and the OpenAPI
 * document at `/api/openapi.json`. Other `/api` paths keep the API's JSON 404.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { projectRoot } from '../project-root';
import { HttpError } from './errors';
import { openApiDocument } from './openapi';

export const CONSOLE_PAGES = ['/', '/agent', '/supervisor', '/api/docs'];

export const consoleDir = (): string => path.join(projectRoot(), 'dist', 'console');

export function consoleRoutes(dir = consoleDir()): Router {
  const r = Router();
  let document: object | null = null;

  r.get('/api/openapi.json', (_req, res) => {
    document ??= openApiDocument();
    res.json(document);
  });

  r.get(CONSOLE_PAGES, (_req, res, next) => {
    const index = path.join(dir, 'index.html');
    if (!existsSync(index)) return next(new HttpError('not_found', 'the console is not built: run npm run build'));
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });

  // content-hashed file names: cached for good
  r.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  r.use(express.static(dir, { index: false, redirect: false, maxAge: '1h' }));
  return r;
}
