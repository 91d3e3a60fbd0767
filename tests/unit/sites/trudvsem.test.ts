// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/trudvsem';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
