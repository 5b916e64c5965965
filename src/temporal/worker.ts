/** The worker: runs case workflows and their activities on the task queue. */
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
import type { CaseActivities } from '../../activities/contract';

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

export async function createWorker(opts: {
  address: string;
  namespace: string;
  taskQueue: string;
  activities: CaseActivities;
  workflowBundle?: WorkerOptions['workflowBundle'];
  activityFailures?: Counter<'activity'>;
}): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: opts.address });
  const failures = opts.activityFailures;
  const worker = await Worker.create({
    connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    activities: opts.activities,
    ...(opts.workflowBundle ? { workflowBundle: opts.workflowBundle } : { workflowsPath: workflowsPath() }),
    interceptors: failures ? { activity: [() => ({ inbound: new CountFailures(failures) })] } : undefined,
    maxConcurrentActivityTaskExecutions: 100,
    maxConcurrentWorkflowTaskExecutions: 100,
  });
  return { worker, connection };
}
