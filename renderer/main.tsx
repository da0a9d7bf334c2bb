// Entry of the renderer bundle: fonts and styles, the client over the right transport (IPC in
// Electron, HTTP in browser mode), and the app. Layer: renderer.
import '@fontsource/tinos/vietnamese-400.css';
import '@fontsource/tinos/latin-400.css';
import '@fontsource/tinos/vietnamese-700.css';
import '@fontsource/tinos/latin-700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/components.css';
import './styles/dashboard.css';
import './styles/org.css';
import './styles/register.css';
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
