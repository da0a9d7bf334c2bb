// Entry of the renderer bundle: fonts and styles, the client over the right transport (IPC in
// Electron, HTTP in browser mode), and the app. Layer: renderer.
import './zod-jitless';
import './styles/fonts.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/components.css';
import './styles/dashboard.css';
import './styles/org.css';
import './styles/register.css';
import './styles/review.css';
import './styles/meeting.css';
import './styles/decision.css';
import './styles/print.css';
import './styles/documents.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../shared/contract/client';
import { pickTransport } from './transport/pick-transport';
import { App } from './app/App';

const client = createClient(pickTransport());
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}
