/** The API reference: the OpenAPI document this server generates, rendered here (nothing from elsewhere). */
import { useEffect, useState } from 'preact/hooks';
import { errorText, get } from '../api';
import { Header, Note } from '../components/ui';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  description?: string;
  format?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
  additionalProperties?: Schema | boolean;
};

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema: Schema; description?: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}

interface Document {
  info: { title: string; version: string; description?: string };
  tags?: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Text with `code` spans. */
function Md({ text }: { text: string }) {
  return <>{text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</>;
}

const refName = (ref: string) => ref.split('/').at(-1) ?? ref;
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function typeText(s: Schema): string {
  if (s.$ref) return refName(s.$ref);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.anyOf || s.oneOf) return (s.anyOf ?? s.oneOf ?? []).map(typeText).join(' | ');
  if (s.type === 'array' && s.items) return `${typeText(s.items)}[]`;
  const t = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any');
  return s.format ? `${t} (${s.format})` : t;
}

function constraints(s: Schema): string {
  const parts: string[] = [];
  if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) parts.push(`≤ ${s.maximum}`);
  if (s.maxLength !== undefined) parts.push(`max ${s.maxLength} chars`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join(', ');
}

function SchemaView({ schema, doc, depth = 0 }: { schema: Schema; doc: Document; depth?: number }) {
  const resolved = schema.$ref ? (doc.components?.schemas?.[refName(schema.$ref)] ?? schema) : schema;
  const target = resolved.type === 'array' && resolved.items ? resolved.items : resolved;
  const props = (target.$ref ? doc.components?.schemas?.[refName(target.$ref)] : target)?.properties;
  if (!props || depth > 2) return <code class="type">{typeText(schema)}</code>;
  const required = new Set((target.$ref ? doc.components?.schemas?.[refName(target.$ref)] : target)?.required ?? []);
  return (
    <div class="schema">
      {schema.$ref && <span class="schema-name">{refName(schema.$ref)}</span>}
      {resolved.type === 'array' && <span class="muted"> (a list of)</span>}
      <table class="table compact">
        <tbody>
          {Object.entries(props).map(([name, p]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
                {required.has(name) ? '' : <span class="muted">?</span>}
              </td>
              <td>
                {p.properties || p.items?.properties ? (
                  <SchemaView schema={p} doc={doc} depth={depth + 1} />
                ) : (
                  <code class="type">{typeText(p)}</code>
                )}
                {p.description && <span class="muted small block">{p.description}</span>}
                {constraints(p) && <span class="muted small block">{constraints(p)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OperationView({ method, path, op, doc }: { method: string; path: string; op: Operation; doc: Document }) {
  const body = op.requestBody?.content['application/json']?.schema;
  return (
    <details class="op" id={slug(`${method}-${path}`)}>
      <summary>
        <span class={`method m-${method}`}>{method.toUpperCase()}</span>
        <code class="path">{path}</code>
        <span class="op-summary">{op.summary}</span>
      </summary>
      <div class="op-body">
        {op.description && (
          <p>
            <Md text={op.description} />
          </p>
        )}
        {op.parameters?.length ? (
          <>
            <h4>Parameters</h4>
            <table class="table compact">
              <tbody>
                {op.parameters.map((p) => (
                  <tr key={`${p.in}-${p.name}`}>
                    <td>
                      <code>{p.name}</code>
                      {p.required ? '' : <span class="muted">?</span>}
                    </td>
                    <td class="muted">{p.in}</td>
                    <td>
                      <code class="type">{typeText(p.schema)}</code>
                      {(p.description ?? p.schema.description) && (
                        <span class="muted small block">{p.description ?? p.schema.description}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
        {body && (
          <>
            <h4>Body (application/json)</h4>
            <SchemaView schema={body} doc={doc} />
          </>
        )}
        <h4>Responses</h4>
        <ul class="plain responses">
          {Object.entries(op.responses).map(([status, r]) => {
            const schema = Object.values(r.content ?? {})[0]?.schema;
            return (
              <li key={status}>
                <span class={`status-code s${status[0]}`}>{status}</span> <Md text={r.description} />
                {status.startsWith('2') && schema && <SchemaView schema={schema} doc={doc} />}
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}

export function DocsPage() {
  const [doc, setDoc] = useState<Document | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<Document>('/api/openapi.json').then(setDoc, (err) => setError(errorText(err)));
  }, []);

  const byTag = new Map<string, [string, string, Operation][]>();
  for (const [path, ops] of Object.entries(doc?.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), [method, path, op]]);
    }
  }
  const tags = doc?.tags?.map((t) => t.name).filter((t) => byTag.has(t)) ?? [...byTag.keys()];

  return (
    <>
      <Header current="docs" />
      <div class="docs">
        <nav class="docs-nav" aria-label="API sections">
          {tags.map((t) => (
            <a key={t} href={`#${slug(t)}`}>
              {t}
            </a>
          ))}
          <a href="/api/openapi.json">openapi.json</a>
        </nav>
        <main class="docs-main">
          {error && <Note kind="error">{error}</Note>}
          {doc && (
            <>
              <h1>
                {doc.info.title} <span class="muted">v{doc.info.version}</span>
              </h1>
              <p class="lede">
                <Md text={doc.info.description ?? ''} />
              </p>
              <p>
                Generated from the schemas the server validates with, so it always matches what the server does.
                Download <a href="/api/openapi.json">openapi.json</a> (OpenAPI 3.1) for client generators.
              </p>
              {tags.map((t) => (
                <section key={t} id={slug(t)} aria-labelledby={`${slug(t)}-h`}>
                  <h2 id={`${slug(t)}-h`}>{t}</h2>
                  {byTag.get(t)?.map(([method, path, op]) => (
                    <OperationView key={`${method} ${path}`} method={method} path={path} op={op} doc={doc} />
                  ))}
                </section>
              ))}
            </>
          )}
        </main>
      </div>
    </>
  );
}
