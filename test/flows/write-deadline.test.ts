/**
 * A case's write carries its attempt's deadline to the driver, so a write held while the store is down
 * (and the driver's own retry of it) cannot land after a newer step. Against the real store.
 */
import type { CommandStartedEvent } from 'mongodb';
import mongoose from 'mongoose';
import { keyed, withDeadline } from '../../src/db/keyed-store';
import { uid } from '../support/system';

const cases = keyed('cases');

beforeAll(async () => {
  // as the service connects, and with the driver's command events on, to see what it sends
  await mongoose.connect(`mongodb://127.0.0.1:${process.env.TEST_MONGO_PORT}/${uid('deadline')}`, {
    autoIndex: false,
    serverSelectionTimeoutMS: 10_000,
    monitorCommands: true,
  });
});
afterAll(async () => mongoose.disconnect());

test('a write whose deadline has passed is never sent', async () => {
  const id = uid('c');
  await expect(withDeadline(Date.now() - 1, () => cases.set(id, { status: 'late' }))).rejects.toThrow(/deadline/);
  await expect(cases.get(id)).resolves.toBeNull();
});

test('every write inside a deadline hands the time left to the driver, and lands', async () => {
  const client = mongoose.connection.getClient();
  const sent: CommandStartedEvent[] = [];
  const seen = (e: CommandStartedEvent) => sent.push(e);
  client.on('commandStarted', seen);
  const id = uid('c');
  try {
    await withDeadline(Date.now() + 20_000, async () => {
      await cases.insertOnce(id, { status: 'triaging' });
      await cases.set(id, { status: 'ai_resolving' });
      await cases.replace(id, { status: 'awaiting_confirmation' });
      await cases.get(id);
      await cases.delete(`${id}-none`);
    });
  } finally {
    client.off('commandStarted', seen);
  }
  const ops = sent.filter((e) => ['insert', 'update', 'find', 'delete'].includes(e.commandName));
  expect(ops.map((e) => e.commandName)).toEqual(['insert', 'update', 'update', 'find', 'delete']);
  for (const e of ops) {
    const maxTimeMS = (e.command as { maxTimeMS?: number }).maxTimeMS;
    expect(maxTimeMS).toBeGreaterThan(0);
    expect(maxTimeMS).toBeLessThanOrEqual(20_000);
  }
  await expect(cases.get(id)).resolves.toMatchObject({ status: 'awaiting_confirmation' });
});

test('outside a deadline nothing changes: no time limit is sent', async () => {
  const client = mongoose.connection.getClient();
  const sent: CommandStartedEvent[] = [];
  const seen = (e: CommandStartedEvent) => sent.push(e);
  client.on('commandStarted', seen);
  try {
    await cases.set(uid('c'), { status: 'triaging' });
  } finally {
    client.off('commandStarted', seen);
  }
  const update = sent.find((e) => e.commandName === 'update');
  expect(update).toBeDefined();
  expect((update?.command as { maxTimeMS?: number }).maxTimeMS).toBeUndefined();
});
