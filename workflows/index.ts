export { caseWorkflow } from './case/case-workflow';
export {
  agentDispatcherWorkflow,
  caseSweepWorkflow,
  slotSweepWorkflow,
  statsFolderWorkflow,
} from './ops/ops-workflows';
