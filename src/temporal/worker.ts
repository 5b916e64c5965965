/**
 * The worker: case workflows and their activities on the task queue, and the operations' activities
 * (statistics folder, dispatchers, sweeps) on a queue of their own, so that no case ever waits for an
 * activity slot that a dispatcher holds while it waits on another case.
 */
import path from 'node:path';
import { Context } from '@temporalio/activity';
import {
  NativeConnection,
  Worker,
  type ActivityExecuteInput,
  type ActivityInboundCallsInterceptor,
  type Next,
  type WorkerOptions,
} from '@temporalio/worker';
import type { Counter } from 'prom-client';
import type { CaseActivities } from '../../workflows/case/io';
import type { OpsActivities } from '../../workflows/ops/contract';
import { opsTaskQueue } from './ops';

export const workflowsPath = (): string => require.resolve(path.join(__dirname, '../../workflows'));

class CountFailures implements ActivityInboundCallsInterceptor {
  constructor(private readonly failures: Counter<'activity'>) {}

  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    try {
      return await next(input);
    } catch (err) {
      this.failures.inc({ activity: Context.current().info.activityType });
      throw err;
    }
  }
}

export interface Workers {
  workers: Worker[];
  connection: NativeConnection;
}

export async function createWorkers(opts: {
  address: string;
  namespace: string;
  taskQueue: string;
  caseActivities: CaseActivities;
  opsActivities: OpsActivities;
  workflowBundle?: WorkerOptions['workflowBundle'];
  activityFailures?: Counter<'activity'>;
  /** case workflows kept in memory between steps; the SDK's default when unset */
  maxCachedWorkflows?: number;
}): Promise<Workers> {
  const connection = await NativeConnection.connect({ address: opts.address });
  const failures = opts.activityFailures;
  const interceptors = failures ? { activity: [() => ({ inbound: new CountFailures(failures) })] } : undefined;
  const cases = await Worker.create({
    connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    activities: opts.caseActivities,
    ...(opts.workflowBundle ? { workflowBundle: opts.workflowBundle } : { workflowsPath: workflowsPath() }),
    interceptors,
    maxConcurrentActivityTaskExecutions: 100,
    maxConcurrentWorkflowTaskExecutions: 100,
    ...(opts.maxCachedWorkflows ? { maxCachedWorkflows: opts.maxCachedWorkflows } : {}),
  });
  const ops = await Worker.create({
    connection,
    namespace: opts.namespace,
    taskQueue: opsTaskQueue(opts.taskQueue),
    activities: opts.opsActivities,
    interceptors,
    maxConcurrentActivityTaskExecutions: 20,
  });
  return { workers: [cases, ops], connection };
}
