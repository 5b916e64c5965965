/** The HTTP contract: thin routes that parse, call a service and answer. */
import { Router, type Request, type RequestHandler } from 'express';
import type { z } from 'zod';
import type { Services } from '../services';
import { HttpError } from './errors';
import { requirePrincipal, requireStaff } from './middleware';
import * as s from './schemas';

const parse = <T extends z.ZodTypeAny>(schema: T, value: unknown): z.infer<T> => schema.parse(value ?? {});
const bodyOf = (req: Request) => (req.body === undefined ? {} : req.body);
const param = (req: Request, name: string): string => String(req.params[name]);
/** The client's Idempotency-Key: a retried request with it gets the first answer and adds nothing. */
const keyOf = (req: Request): { key?: string } => {
  const raw = req.header('Idempotency-Key');
  return raw === undefined ? {} : { key: parse(s.idempotencyKey, raw) };
};

export function caseRoutes(svc: Services, limits: { intake: RequestHandler; write: RequestHandler }): Router {
  const r = Router();

  r.post('/cases', limits.intake, async (req, res) => {
    const body = parse(s.intakeBody, bodyOf(req));
    const result = await svc.cases.intake(body, keyOf(req).key);
    if (result.created) res.status(201).location(`/api/cases/${result.body.caseId}`);
    else res.status(200);
    res.json(result.body);
  });

  r.get('/cases', async (req, res) => {
    requireStaff(req, 'supervisor');
    res.json(await svc.supervisor.list(parse(s.caseListQuery, req.query)));
  });

  r.get('/cases/:caseId', async (req, res) => {
    res.json(await svc.cases.get(requirePrincipal(req), param(req, 'caseId')));
  });

  r.post('/cases/:caseId/confirm', limits.write, async (req, res) => {
    const body = { ...parse(s.confirmBody, bodyOf(req)), ...keyOf(req) };
    res.json(await svc.cases.confirm(requirePrincipal(req), param(req, 'caseId'), body));
  });

  r.post('/cases/:caseId/escalate', limits.write, async (req, res) => {
    const body = { ...parse(s.escalateBody, bodyOf(req)), ...keyOf(req) };
    res.json(await svc.cases.requestHuman(requirePrincipal(req), param(req, 'caseId'), body));
  });

  r.post('/cases/:caseId/messages', limits.write, async (req, res) => {
    const body = { ...parse(s.messageBody, bodyOf(req)), ...keyOf(req) };
    res.status(201).json(await svc.cases.write(requirePrincipal(req), param(req, 'caseId'), body));
  });

  r.post('/cases/:caseId/feedback', limits.write, async (req, res) => {
    const body = parse(s.feedbackBody, bodyOf(req));
    res.status(201).json(await svc.cases.feedback(requirePrincipal(req), param(req, 'caseId'), body));
  });

  r.post('/cases/:caseId/token', limits.write, async (req, res) => {
    parse(s.emptyBody, bodyOf(req));
    res.json(await svc.cases.rotateToken(requirePrincipal(req), param(req, 'caseId')));
  });

  r.get('/cases/:caseId/state', async (req, res) => {
    requireStaff(req, 'supervisor');
    res.json(await svc.supervisor.state(param(req, 'caseId')));
  });

  r.get('/cases/:caseId/history', async (req, res) => {
    requireStaff(req, 'supervisor');
    const q = parse(s.historyQuery, req.query);
    const page = await svc.supervisor.history(param(req, 'caseId'), q);
    if (page.next !== null) {
      res.setHeader(
        'Link',
        `</api/cases/${param(req, 'caseId')}/history?limit=${q.limit}&after=${page.next}>; rel="next"`,
      );
    }
    res.json(page.items);
  });

  r.post('/cases/:caseId/reassign', async (req, res) => {
    const p = requireStaff(req, 'supervisor');
    res.json(await svc.supervisor.reassign(p, param(req, 'caseId'), parse(s.reassignBody, bodyOf(req))));
  });

  r.post('/cases/:caseId/priority', async (req, res) => {
    const p = requireStaff(req, 'supervisor');
    res.json(await svc.supervisor.setPriority(p, param(req, 'caseId'), parse(s.priorityBody, bodyOf(req))));
  });

  return r;
}

export function staffRoutes(svc: Services, limits: { write: RequestHandler }): Router {
  const r = Router();

  r.put('/agents/me', limits.write, async (req, res) => {
    const p = requireStaff(req);
    res.json(await svc.agents.setPresence(p, parse(s.presenceBody, bodyOf(req))));
  });

  r.get('/agents', async (req, res) => {
    requireStaff(req, 'supervisor');
    res.json(await svc.agents.list());
  });

  r.get('/tasks', async (req, res) => {
    requireStaff(req);
    res.json(await svc.tasks.list(parse(s.taskListQuery, req.query)));
  });

  r.post('/tasks/:taskId/claim', limits.write, async (req, res) => {
    const p = requireStaff(req);
    parse(s.emptyBody, bodyOf(req));
    res.json(await svc.tasks.claim(p, param(req, 'taskId')));
  });

  r.post('/tasks/:taskId/reply', limits.write, async (req, res) => {
    const p = requireStaff(req);
    res.json(await svc.tasks.reply(p, param(req, 'taskId'), { ...parse(s.replyBody, bodyOf(req)), ...keyOf(req) }));
  });

  r.post('/tasks/:taskId/resolve', limits.write, async (req, res) => {
    const p = requireStaff(req);
    res.json(await svc.tasks.resolve(p, param(req, 'taskId'), { ...parse(s.resolveBody, bodyOf(req)), ...keyOf(req) }));
  });

  r.post('/tasks/:taskId/release', limits.write, async (req, res) => {
    const p = requireStaff(req);
    parse(s.emptyBody, bodyOf(req));
    res.json(await svc.tasks.release(p, param(req, 'taskId')));
  });

  r.get('/stats', async (req, res) => {
    requireStaff(req, 'supervisor');
    res.json(await svc.stats.all());
  });

  r.get('/stats/daily', async (req, res) => {
    requireStaff(req, 'supervisor');
    const q = parse(s.dailyStatsQuery, req.query);
    res.json(await svc.stats.daily(q.from, q.to));
  });

  return r;
}

export const notFoundRoute: RequestHandler = (_req, _res, next) => next(new HttpError('not_found', 'no such endpoint'));
