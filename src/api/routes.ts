/** The HTTP contract: thin routes that parse, call a service and answer. */
import { Router, type Request, type RequestHandler } from 'express';
import type { z } from 'zod';
import type { Services } from './services';
import { ApiError } from './errors';
import { requirePrincipal, requireStaff } from './middleware';
import * as s from './schemas';

const parse = <T extends z.ZodTypeAny>(schema: T, value: unknown): z.infer<T> => schema.parse(value ?? {});
const bodyOf = (req: Request) => (req.body === undefined ? {} : req.body);

export function caseRoutes(svc: Services, intakeLimiter: RequestHandler): Router {
  const r = Router();

  r.post('/cases', intakeLimiter, async (req, res) => {
    const body = parse(s.intakeBody, bodyOf(req));
    const rawKey = req.header('Idempotency-Key');
    const key = rawKey === undefined ? undefined : parse(s.idempotencyKey, rawKey);
    const result = await svc.cases.intake(body, key);
    if (result.created) res.status(201).location(`/api/cases/${result.body.caseId}`);
    else res.status(200);
    res.json(result.body);
  });

  r.get('/cases', async (req, res) => {
    requireStaff(req, 'supervisor');
    res.json(await svc.supervisor.list(parse(s.caseListQuery, req.query)));
  });

  r.get('/cases/:caseId', async (req, res) => {
    res.json(await svc.cases.get(requirePrincipal(req), req.params.caseId));
  });

  r.post('/cases/:caseId/confirm', async (req, res) => {
    const p = requirePrincipal(req);
    if (p.kind !== 'customer') throw new ApiError('forbidden', 'only the customer confirms an AI answer');
    res.json(await svc.cases.confirm(p, req.params.caseId, parse(s.confirmBody, bodyOf(req))));
  });

  r.post('/cases/:caseId/escalate', async (req, res) => {
    const p = requirePrincipal(req);
    res.json(await svc.cases.requestHuman(p, req.params.caseId, parse(s.escalateBody, bodyOf(req))));
  });

  r.post('/cases/:caseId/messages', async (req, res) => {
    const p = requirePrincipal(req);
    if (p.kind !== 'customer')
      throw new ApiError('forbidden', 'staff write through their task (POST /api/tasks/:taskId/reply)');
    const body = parse(s.messageBody, bodyOf(req));
    res.status(201).json(await svc.cases.write(p, req.params.caseId, body.text));
  });

  r.post('/cases/:caseId/feedback', async (req, res) => {
    const p = requirePrincipal(req);
    if (p.kind !== 'customer') throw new ApiError('forbidden', 'feedback comes from the customer');
    res.status(201).json(await svc.cases.feedback(p, req.params.caseId, parse(s.feedbackBody, bodyOf(req))));
  });

  r.get('/cases/:caseId/state', async (req, res) => {
    requireStaff(req, 'supervisor');
    res.json(await svc.supervisor.state(req.params.caseId));
  });

  r.get('/cases/:caseId/history', async (req, res) => {
    requireStaff(req, 'supervisor');
    res.json(await svc.supervisor.history(req.params.caseId));
  });

  r.post('/cases/:caseId/reassign', async (req, res) => {
    const p = requireStaff(req, 'supervisor');
    res.json(await svc.supervisor.reassign(p, req.params.caseId, parse(s.reassignBody, bodyOf(req))));
  });

  r.post('/cases/:caseId/priority', async (req, res) => {
    const p = requireStaff(req, 'supervisor');
    res.json(await svc.supervisor.setPriority(p, req.params.caseId, parse(s.priorityBody, bodyOf(req))));
  });

  return r;
}

export function staffRoutes(svc: Services): Router {
  const r = Router();

  r.put('/agents/me', async (req, res) => {
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

  r.post('/tasks/:taskId/claim', async (req, res) => {
    const p = requireStaff(req);
    parse(s.emptyBody, bodyOf(req));
    res.json(await svc.tasks.claim(p, req.params.taskId));
  });

  r.post('/tasks/:taskId/reply', async (req, res) => {
    const p = requireStaff(req);
    res.json(await svc.tasks.reply(p, req.params.taskId, parse(s.replyBody, bodyOf(req))));
  });

  r.post('/tasks/:taskId/resolve', async (req, res) => {
    const p = requireStaff(req);
    res.json(await svc.tasks.resolve(p, req.params.taskId, parse(s.resolveBody, bodyOf(req))));
  });

  r.post('/tasks/:taskId/release', async (req, res) => {
    const p = requireStaff(req);
    parse(s.emptyBody, bodyOf(req));
    res.json(await svc.tasks.release(p, req.params.taskId));
  });

  r.get('/stats', async (req, res) => {
    requireStaff(req, 'supervisor');
    res.json(await svc.stats());
  });

  return r;
}
