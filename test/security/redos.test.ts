/**
 * API4, ReDoS: every pattern run over customer text must match in linear time, checked by recheck's
 * static and fuzzing analysis. Kept apart from the probe suite on purpose: the analysis holds the event
 * loop for seconds, which would let the probe suite's in-process API close idle keep-alive sockets under
 * its HTTP client and fail an unrelated request with ECONNRESET.
 */
import { checkSync } from 'recheck';
import { REDACTION_PATTERNS } from '../../src/text/redact';

test('every redaction pattern run over customer text matches in linear time', () => {
  const verdicts = Object.entries(REDACTION_PATTERNS).map(([name, re]) => ({
    name,
    status: checkSync(re.source, re.flags, { timeout: 30_000 }).status,
  }));
  expect(verdicts.length).toBeGreaterThan(0);
  expect(verdicts).toEqual(verdicts.map(({ name }) => ({ name, status: 'safe' })));
  process.stdout.write(`\nReDoS (recheck): ${verdicts.map((v) => `${v.name} ${v.status}`).join(', ')}\n`);
}, 120_000);
