/** Signing in with a staff token: pasted, checked against the API, then kept for this tab. */
import { useState } from 'preact/hooks';
import { errorText, get } from '../api';
import { claimsOf } from '../session';
import { Note } from './ui';

export function SignIn(props: { role: 'agent' | 'supervisor'; onSignIn(token: string): void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const token = value.trim();
    const claims = claimsOf(token);
    if (!claims) return setError('That is not a staff token. It has three parts separated by dots.');
    if (props.role === 'supervisor' && claims.role !== 'supervisor') {
      return setError('This token is for an agent; the dashboard needs a supervisor token.');
    }
    setBusy(true);
    try {
      await get('/api/tasks?limit=1', token);
      props.onSignIn(token);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const example =
    props.role === 'agent' ? 'npm run token -- ann agent "Ann Lee"' : 'npm run token -- sam supervisor "Sam"';
  return (
    <main class="signin">
      <form class="card signin-card" onSubmit={submit}>
        <h1>{props.role === 'agent' ? 'Agent inbox' : 'Supervisor dashboard'}</h1>
        <p>
          Sign in with your staff token. Whoever runs Casework makes one for you with{' '}
          <code>npm run token -- &lt;staffId&gt; {props.role} "Name"</code>, for example:
        </p>
        <pre class="code">{example}</pre>
        <label for="staff-token">Staff token</label>
        <textarea
          id="staff-token"
          rows={4}
          value={value}
          onInput={(e) => setValue((e.target as HTMLTextAreaElement).value)}
          placeholder="eyJhbGciOiJIUzI1NiJ9…"
          spellcheck={false}
          required
        />
        {error && <Note kind="error">{error}</Note>}
        <button class="btn primary" type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Sign in'}
        </button>
        <p class="hint">The token stays in this browser tab only and is sent to this server alone.</p>
      </form>
    </main>
  );
}
