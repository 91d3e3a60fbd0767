import { render } from 'preact';
import '../../src/ui/shared/tokens.css';
import '../../src/ui/options/options.css';
import { OptionsApp } from '../../src/ui/options/App';

render(<OptionsApp />, document.getElementById('app')!);
