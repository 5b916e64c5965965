import { createAgentService } from '../services/agent-service';
import { createCaseService } from '../services/case-service';
import type { ServiceDeps } from '../services/deps';
import { computeStats } from '../services/stats-service';
import { createSupervisorService } from '../services/supervisor-service';
import { createTaskService } from '../services/task-service';

export function createServices(deps: ServiceDeps) {
  return {
    cases: createCaseService(deps),
    tasks: createTaskService(deps),
    agents: createAgentService(deps),
    supervisor: createSupervisorService(deps),
    stats: () => computeStats(),
  };
}

export type Services = ReturnType<typeof createServices>;
