/**
 * Histories recorded from earlier releases (test/fixtures/histories/v<release>/, never re-recorded over)
 * must replay on the current workflow code: cases open across a deploy carry on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { workflowsPath } from '../../src/temporal/worker';

const HISTORIES = path.join(__dirname, '../fixtures/histories');

const fixtures = readdirSync(HISTORIES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^v\d+\.\d+\.\d+$/.test(d.name))
  .flatMap((d) =>
    readdirSync(path.join(HISTORIES, d.name))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${d.name}/${f}`),
  );

test('histories of at least one earlier release are kept', () => {
  expect(fixtures.length).toBeGreaterThan(5);
});

test.each(fixtures)(
  '%s replays without nondeterminism',
  async (name) => {
    const history = historyFromJSON(JSON.parse(readFileSync(path.join(HISTORIES, name), 'utf8')));
    expect((history.events ?? []).length).toBeGreaterThan(15);
    await Worker.runReplayHistory({ workflowsPath: workflowsPath() }, history, name.replace(/\W+/g, '-'));
  },
  60_000,
);
