// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/farpost';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
