import { render } from 'preact';
import '../../src/ui/shared/tokens.css';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/App';

render(<PopupApp />, document.getElementById('app')!);
