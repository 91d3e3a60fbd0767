import { render } from 'preact';

render(<h1>JobSafe</h1>, document.getElementById('app')!);
