// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/hh';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
