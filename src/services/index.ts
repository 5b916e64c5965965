/** The use cases the HTTP API offers, built over one set of dependencies. */
import { createAgentService } from './agent-service';
import { createCaseService } from './case-service';
import type { ServiceDeps } from './deps';
import { computeStats, dailyStats } from './stats-service';
import { createSupervisorService } from './supervisor-service';
import { createTaskService } from './task-service';

export function createServices(deps: ServiceDeps) {
  return {
    cases: createCaseService(deps),
    tasks: createTaskService(deps),
    agents: createAgentService(deps),
    supervisor: createSupervisorService(deps),
    stats: { all: () => computeStats(), daily: dailyStats },
  };
}

export type Services = ReturnType<typeof createServices>;
