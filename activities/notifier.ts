/** Outbound notifications: a signed webhook when configured, else a log line. */
import { createHmac } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { Logger } from 'pino';
import type { Notification } from '../workflows/case/io';

export const SIGNATURE_HEADER = 'x-casework-signature';

/** `t=<unix seconds>,v1=<hex hmac-sha256 of "t.body">`, as Stripe-style webhooks do, so receivers can reject replays. */
export function signPayload(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

export function createNotifier(opts: { url?: string; secret: string; log: Logger; timeoutMs?: number }) {
  return async function notify(n: Notification): Promise<void> {
    if (!opts.url) {
      opts.log.info({ notification: n }, 'notification');
      return;
    }
    const body = JSON.stringify(n);
    const signature = signPayload(opts.secret, body, Math.floor(Date.now() / 1000));
    // a redirect is refused, not followed: the receiver is the configured URL and nothing else
    const res = await fetch(opts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(opts.timeoutMs ?? 5_000),
    });
    if (res.status >= 300 && res.status < 400) {
      throw ApplicationFailure.nonRetryable(
        `webhook answered ${res.status}: redirects are not followed`,
        'WebhookRejected',
      );
    }
    if (res.ok) return;
    const message = `webhook answered ${res.status}`;
    // a 4xx other than 408/429 will not get better by retrying
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      throw ApplicationFailure.nonRetryable(message, 'WebhookRejected');
    }
    throw new Error(message);
  };
}
