// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/indeed';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
