/** The console: one page per path, served by the API from the same origin. */
import { render } from 'preact';
import { AgentPage } from './pages/agent';
import { CustomerPage } from './pages/customer';
import { DocsPage } from './pages/docs';
import { SupervisorPage } from './pages/supervisor';
import './styles.css';

const PAGES: Record<string, { title: string; page: () => preact.JSX.Element }> = {
  '/': { title: 'Help', page: CustomerPage },
  '/agent': { title: 'Agent inbox', page: AgentPage },
  '/supervisor': { title: 'Supervisor', page: SupervisorPage },
  '/api/docs': { title: 'API reference', page: DocsPage },
};

const path = location.pathname.replace(/\/+$/, '') || '/';
const { title, page: Page } = PAGES[path] ?? PAGES['/'];
document.title = `${title} · Casework`;
render(<Page />, document.getElementById('app') as HTMLElement);
