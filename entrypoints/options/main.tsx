import { render } from 'preact';

render(<h1>JobSafe settings</h1>, document.getElementById('app')!);
