// Entry point of the renderer: opens the database, reads the UI language, starts React.
// Only development and measuring builds may choose the database with ?db=NAME (app/databaseChoice.ts).
import './zodConfig';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { chosenDatabaseName, databaseParamAllowed } from './app/databaseChoice';
import './styles.css';

const databaseName = chosenDatabaseName(window.location.search, databaseParamAllowed);

createRoot(document.getElementById('root')!).render(<App databaseName={databaseName} />);
