// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/linkedin';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
