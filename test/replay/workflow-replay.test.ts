/** Recorded histories must replay on the current workflow code: running cases survive every deploy. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { workflowsPath } from '../../src/temporal/worker';
import { FIXTURE_DIR, recordEveryStatusHistory } from './record-history';

const record = process.env.RECORD_HISTORIES === '1';

(record ? test : test.skip)(
  'records the every-status history fixture',
  async () => {
    const file = await recordEveryStatusHistory();
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(1000);
  },
  120_000,
);

const fixtures = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json'));

test('there is at least one recorded history', () => {
  expect(fixtures.length).toBeGreaterThan(0);
});

test.each(fixtures)(
  '%s replays without nondeterminism',
  async (name) => {
    const history = historyFromJSON(JSON.parse(readFileSync(path.join(FIXTURE_DIR, name), 'utf8')));
    const types = (history.events ?? []).map((e) => e.eventType);
    expect(types.length).toBeGreaterThan(20);
    await Worker.runReplayHistory({ workflowsPath: workflowsPath() }, history, name.replace(/\.json$/, ''));
  },
  60_000,
);
