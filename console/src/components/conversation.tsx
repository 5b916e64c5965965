/** The messages of a case, oldest first; the AI's carry the articles the answer came from. */
import { clock } from '../format';

export interface Message {
  id: string;
  from: 'customer' | 'ai' | 'agent' | 'system';
  text: string;
  at: string;
  authorId?: string;
}

const WHO = { customer: 'Customer', ai: 'Casework assistant (AI)', agent: 'Support team', system: 'Casework' };

export function Conversation(props: {
  messages: Message[];
  sources?: string[];
  viewer: 'customer' | 'staff';
  names?: Record<string, string>;
}) {
  const who = (m: Message) => {
    if (props.viewer === 'customer' && m.from === 'customer') return 'You';
    if (m.from === 'agent' && m.authorId) return props.names?.[m.authorId] ?? m.authorId;
    return WHO[m.from];
  };
  const mine = (m: Message) => (props.viewer === 'customer' ? m.from === 'customer' : m.from === 'agent');
  return (
    <ol class="conversation" aria-label="Conversation">
      {props.messages.map((m) => (
        <li class={`msg msg-${m.from}${mine(m) ? ' msg-mine' : ''}`} key={m.id}>
          <div class="msg-meta">
            <span class="msg-who">{who(m)}</span>
            <time dateTime={m.at}>{clock(m.at)}</time>
          </div>
          <div class="msg-text">{m.text}</div>
          {m.from === 'ai' && props.sources?.length ? (
            <div class="sources">
              <span>Based on</span>
              {props.sources.map((s) => (
                <span class="chip" key={s}>
                  {s}
                </span>
              ))}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
