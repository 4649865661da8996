// Entry point of the renderer: opens the database, reads the UI language, starts React.
// The database name can be chosen with ?db=NAME (tests and the benchmark use their own).
import './zodConfig';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { defaultDatabaseName } from './db/database';
import './styles.css';

const requested = new URLSearchParams(window.location.search).get('db');
const databaseName = requested && /^[\w-]{1,64}$/.test(requested) ? requested : defaultDatabaseName;

createRoot(document.getElementById('root')!).render(<App databaseName={databaseName} />);
