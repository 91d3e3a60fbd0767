// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/olx-pl';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
