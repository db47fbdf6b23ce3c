import './explorer.css';
import { createRoot } from 'react-dom/client';
import { ExplorerApp } from './components/explorer-app.component';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(<ExplorerApp />);
