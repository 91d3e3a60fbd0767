// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/work-ua';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
