// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/craigslist';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
