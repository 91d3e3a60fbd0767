import { render } from 'preact';
import '../../src/ui/shared/tokens.css';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/App';
import { markPopupView } from '../../src/ui/popup/view';

markPopupView();
render(<PopupApp />, document.getElementById('app')!);
