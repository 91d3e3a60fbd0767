// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/olx-ua';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
